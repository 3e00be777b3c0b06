package com.invoicedoctor.probe;

import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Judges a server's certificate chain the way a client would: validity dates, trust by the public
 * roots the JDK ships, host name, and who issued it (a public CA, a private CA, the server itself, or a
 * product known to inspect TLS by re-signing certificates).
 */
final class CertificateCheck {
    /** Issuer names of firewalls, proxies and antivirus products that intercept TLS by re-signing certificates. */
    private static final List<String> INSPECTORS = List.of("fortinet", "fortigate", "sangfor", "深信服", "zscaler",
            "palo alto", "blue coat", "bluecoat", "forcepoint", "websense", "sophos", "check point", "checkpoint",
            "cisco umbrella", "barracuda", "kaspersky", "eset ssl filter", "avast", "avg web", "bitdefender",
            "mitmproxy", "fiddler", "charles proxy", "portswigger", "burp", "netskope", "hillstone", "山石网科",
            "qianxin", "奇安信", "topsec", "天融信");

    /**
     * Issuer names of the certificate authorities licensed under China's Electronic Signature Law whose roots the
     * JDK does not ship, as used by the tax bureau's platforms, tax-device (UKey) services and invoicing vendors
     * (list of licensed CAs: https://www.miit.gov.cn/ , "电子认证服务机构"; CFCA: https://www.cfca.com.cn/ ).
     * A client that installed the authority's root trusts them; they are not interception.
     */
    private static final List<String> CHINESE_AUTHORITIES = List.of("cfca", "china financial certification authority",
            "中国金融认证中心", "bjca", "beijing certificate authority", "北京数字认证", "sheca",
            "shanghai electronic certification authority", "上海市数字证书认证中心", "gdca", "guangdong certificate authority",
            "数安时代", "cnnic", "china internet network information center", "unitrust", "state taxation administration",
            "国家税务总局", "税务数字证书", "aisino", "航天信息", "baiwang", "百望", "ctca", "ca365", "zjca", "浙江省数字安全证书",
            "szca", "深圳市电子商务安全证书", "hebca", "河北省电子认证", "sm2");
    /** SM2 keys and SM3-with-SM2 signatures (GB/T 35276, OIDs under 1.2.156.10197, China's commercial cryptography). */
    private static final String GUOMI_OID_ARC = "1.2.156.10197.";

    /** What the chain looks like. */
    record Verdict(String handshake, String issuer, String detail, boolean warn, boolean nameMatches) {
    }

    private CertificateCheck() {
    }

    static Verdict judge(X509Certificate[] chain, String host, Instant now) {
        X509Certificate leaf = chain[0];
        List<String> notes = new ArrayList<>();
        String issuer = issuerKind(chain);
        notes.add("subject " + leaf.getSubjectX500Principal().getName() + ", issuer " + leaf.getIssuerX500Principal().getName()
                + " (" + issuer + ")");
        long daysLeft = Duration.between(now, leaf.getNotAfter().toInstant()).toDays();
        notes.add("valid " + leaf.getNotBefore().toInstant() + " to " + leaf.getNotAfter().toInstant());
        String validity = validity(chain, now);
        String trust = trusted(chain);
        boolean nameMatches = HostNames.matches(leaf, host);
        if (!nameMatches) {
            notes.add("the certificate does not name " + host + " (names: " + HostNames.names(leaf) + ")");
        }
        String handshake;
        if (validity != null) {
            handshake = "expired";
            notes.add(validity);
        } else if (trust != null || !nameMatches) {
            handshake = "untrusted";
            if (trust != null) {
                notes.add("not trusted by the public roots: " + trust);
            }
        } else {
            handshake = "ok";
            notes.add(daysLeft + " days left");
        }
        boolean warn = handshake.equals("ok") && daysLeft < Thresholds.CERT_EXPIRY_WARN_DAYS;
        return new Verdict(handshake, issuer, String.join("; ", notes), warn, nameMatches);
    }

    /** public-ca, private-ca, self-signed, inspection or china-ca. */
    static String issuerKind(X509Certificate[] chain) {
        X509Certificate leaf = chain[0];
        String issuerName = leaf.getIssuerX500Principal().getName().toLowerCase(Locale.ROOT);
        if (trusted(chain) == null) {
            return "public-ca";
        }
        if (INSPECTORS.stream().anyMatch(issuerName::contains)) {
            return "inspection";
        }
        if (leaf.getSigAlgOID().startsWith(GUOMI_OID_ARC) || CHINESE_AUTHORITIES.stream().anyMatch(issuerName::contains)) {
            return "china-ca";
        }
        if (chain.length == 1 && leaf.getSubjectX500Principal().equals(leaf.getIssuerX500Principal()) && signsItself(leaf)) {
            return "self-signed";
        }
        return "private-ca";
    }

    private static boolean signsItself(X509Certificate cert) {
        try {
            cert.verify(cert.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static String validity(X509Certificate[] chain, Instant now) {
        for (X509Certificate cert : chain) {
            try {
                cert.checkValidity(java.util.Date.from(now));
            } catch (CertificateExpiredException e) {
                return (cert == chain[0] ? "the certificate" : "a certificate in the chain") + " expired on " + cert.getNotAfter().toInstant()
                        + " (or this PC's clock is ahead)";
            } catch (CertificateNotYetValidException e) {
                return (cert == chain[0] ? "the certificate" : "a certificate in the chain") + " is valid only from " + cert.getNotBefore().toInstant()
                        + " (or this PC's clock is behind)";
            }
        }
        return null;
    }

    /** Null when the JDK's public roots trust the chain, else why not. */
    private static String trusted(X509Certificate[] chain) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (var manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    x509.checkServerTrusted(chain, "UNKNOWN");
                    return null;
                }
            }
            return "no trust manager";
        } catch (CertificateException e) {
            return e.getMessage();
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
