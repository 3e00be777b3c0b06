package com.invoicedoctor.probe;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Host-name matching after RFC 6125: subjectAltName DNS and IP entries, a wildcard only as the whole leftmost label. */
final class HostNames {
    private HostNames() {
    }

    static boolean matches(X509Certificate cert, String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String name : names(cert)) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.equals(h) || (n.startsWith("*.") && h.indexOf('.') > 0 && h.substring(h.indexOf('.')).equals(n.substring(1)))) {
                return true;
            }
        }
        return false;
    }

    static List<String> names(X509Certificate cert) {
        List<String> names = new ArrayList<>();
        try {
            if (cert.getSubjectAlternativeNames() != null) {
                for (List<?> entry : cert.getSubjectAlternativeNames()) {
                    int type = (Integer) entry.get(0);
                    if (type == 2 || type == 7) {
                        names.add(String.valueOf(entry.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            return names;
        }
        if (names.isEmpty()) {
            String dn = cert.getSubjectX500Principal().getName();
            for (String part : dn.split(",")) {
                if (part.trim().startsWith("CN=")) {
                    names.add(part.trim().substring(3));
                }
            }
        }
        return names;
    }
}
