package com.cartwise.application.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 of a key's text: what is stored and compared. */
public final class KeyHash {
    public static final int LENGTH = 32;

    private KeyHash() {
    }

    public static byte[] of(String keyText) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(keyText.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
