package com.cartwise.application.access;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key as a caller sends it: {@code cw_<key id>_<secret>}. The id finds the stored hash; the
 * whole text is hashed and compared. {@link #toString()} never shows the secret.
 */
public final class PresentedKey {
    public static final String PREFIX = "cw_";
    private static final Pattern FORMAT = Pattern.compile("cw_([a-z2-7]{16})_([A-Za-z0-9_-]{20,100})");

    private final KeyId id;
    private final String text;

    private PresentedKey(KeyId id, String text) {
        this.id = id;
        this.text = text;
    }

    /** Empty when the text cannot be a Cartwise key (no lookup is worth making). */
    public static Optional<PresentedKey> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text);
        return matcher.matches() ? Optional.of(new PresentedKey(KeyId.of(matcher.group(1)), text)) : Optional.empty();
    }

    public KeyId id() {
        return id;
    }

    public byte[] hash() {
        return KeyHash.of(text);
    }

    @Override
    public String toString() {
        return PREFIX + id + "_…";
    }
}
