package com.invoicedoctor.probe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** Server certificates made for a test with the JDK's keytool: self-signed, expired, for another host, from a Chinese CA. */
final class TestCertificates {
    private static final char[] PASSWORD = "changeit".toCharArray();

    private TestCertificates() {
    }

    /** A self-signed certificate for 127.0.0.1 valid from now for 30 days. */
    static SSLContext selfSigned(Path dir) throws IOException, GeneralSecurityException, InterruptedException {
        return context(keytool(dir, "self", null, 30));
    }

    /** A self-signed certificate for 127.0.0.1 that expired five days ago. */
    static SSLContext expired(Path dir) throws IOException, GeneralSecurityException, InterruptedException {
        return context(keytool(dir, "expired", "-10d", 5));
    }

    /** A self-signed certificate valid now that names another host only (not 127.0.0.1). */
    static SSLContext wrongHost(Path dir) throws IOException, GeneralSecurityException, InterruptedException {
        Path store = dir.resolve("wrong-host.p12");
        keytool(store, "server", "CN=erp.other-company.test, O=InvoiceDoctor test", "san=dns:erp.other-company.test", null, 30);
        return context(store);
    }

    /**
     * A certificate for 127.0.0.1 issued by a CA named as China Financial Certification Authority's SM2 issuing CA,
     * whose root the JDK does not ship: what a tax or UKey host looks like to a JDK client (the CA here signs with
     * ECDSA, since the JDK cannot sign with SM2).
     */
    static SSLContext chineseAuthority(Path dir) throws IOException, GeneralSecurityException, InterruptedException {
        Path ca = dir.resolve("cfca.p12");
        Path server = dir.resolve("issued.p12");
        Path request = dir.resolve("issued.csr");
        Path signed = dir.resolve("issued.cer");
        Path caCert = dir.resolve("cfca.cer");
        keytool(ca, "ca", "CN=CFCA SM2 OCA1, O=China Financial Certification Authority, C=CN", "bc:c", null, 365);
        keytool(server, "server", "CN=127.0.0.1, O=InvoiceDoctor test", "san=ip:127.0.0.1", null, 30);
        run(List.of(tool(), "-certreq", "-alias", "server", "-keystore", server.toString(), "-storepass", new String(PASSWORD),
                "-file", request.toString()));
        run(List.of(tool(), "-gencert", "-alias", "ca", "-keystore", ca.toString(), "-storepass", new String(PASSWORD),
                "-infile", request.toString(), "-outfile", signed.toString(), "-ext", "san=ip:127.0.0.1", "-validity", "30"));
        run(List.of(tool(), "-exportcert", "-alias", "ca", "-keystore", ca.toString(), "-storepass", new String(PASSWORD),
                "-file", caCert.toString()));
        run(List.of(tool(), "-importcert", "-noprompt", "-alias", "ca", "-keystore", server.toString(), "-storepass",
                new String(PASSWORD), "-file", caCert.toString()));
        run(List.of(tool(), "-importcert", "-alias", "server", "-keystore", server.toString(), "-storepass",
                new String(PASSWORD), "-file", signed.toString()));
        return context(server);
    }

    private static Path keytool(Path dir, String name, String startDate, int days) throws IOException, InterruptedException {
        Path store = dir.resolve(name + ".p12");
        keytool(store, "server", "CN=invoice.test, O=InvoiceDoctor test", "san=ip:127.0.0.1,dns:localhost", startDate, days);
        return store;
    }

    private static void keytool(Path store, String alias, String dname, String ext, String startDate, int days)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tool(), "-genkeypair", "-alias", alias,
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", dname,
                "-ext", ext, "-validity", String.valueOf(days),
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", new String(PASSWORD)));
        if (startDate != null) {
            command.addAll(List.of("-startdate", startDate));
        }
        run(command);
    }

    private static String tool() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool failed: " + String.join(" ", command) + ": " + output);
        }
    }

    private static SSLContext context(Path store) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, PASSWORD);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }
}
