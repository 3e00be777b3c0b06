package com.invoicedoctor.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over named contents (each name and each content followed by a zero byte), added in name order: equal
 * hashes, equal files. It tells whether what the build pre-built (rules, knowledge base) is what is being loaded.
 */
final class ContentHash {
    private final MessageDigest digest;

    ContentHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** Adds one file, by name and bytes; files are added in name order. */
    ContentHash add(String name, byte[] content) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content);
        digest.update((byte) 0);
        return this;
    }

    /** The hash of what was added, in hexadecimal. */
    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
