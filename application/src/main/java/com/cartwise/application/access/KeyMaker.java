package com.cartwise.application.access;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** Makes keys: an 80-bit id and a 256-bit secret from the system's strong random source. */
public final class KeyMaker {
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private final SecureRandom random = new SecureRandom();

    public IssuedKey make(KeyHolder holder, String label, Instant now) {
        KeyId id = KeyId.of(base32(16));
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String text = PresentedKey.PREFIX + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new IssuedKey(new StoredKey(id, holder, KeyHash.of(text), label, now, Optional.empty(), Optional.empty()), text);
    }

    private String base32(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = BASE32[random.nextInt(BASE32.length)];
        }
        return new String(chars);
    }
}
