package com.cartwise.application.access;

import com.cartwise.domain.InvalidInputException;
import java.util.Optional;

/**
 * The operator key set in configuration ({@code cartwise.security.admin-key}), kept only as its
 * hash. Unset, a generated key kept in the database serves instead.
 */
public final class OperatorKeySetting {
    static final int MIN_LENGTH = 32;
    private final byte[] hash;

    private OperatorKeySetting(byte[] hash) {
        this.hash = hash;
    }

    /** @param configured the setting's value; null or blank means unset */
    public static OperatorKeySetting of(String configured) {
        if (configured == null || configured.isBlank()) {
            return new OperatorKeySetting(null);
        }
        InvalidInputException.require(configured.length() >= MIN_LENGTH, "cartwise.security.admin-key",
                "must be at least " + MIN_LENGTH + " characters (e.g. `openssl rand -hex 32`), but has " + configured.length());
        return new OperatorKeySetting(KeyHash.of(configured));
    }

    public boolean configured() {
        return hash != null;
    }

    public Optional<byte[]> hash() {
        return Optional.ofNullable(hash).map(byte[]::clone);
    }

    @Override
    public String toString() {
        return configured() ? "OperatorKeySetting[configured]" : "OperatorKeySetting[unset]";
    }
}
