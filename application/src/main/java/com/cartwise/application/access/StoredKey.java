package com.cartwise.application.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An API key as Cartwise keeps it: the SHA-256 of the key's text, never the text. A SHA-256 of a
 * 160-bit random secret needs no salt or slow hash: no dictionary holds it.
 *
 * @param label what the merchant calls it ("front till"), may be empty
 */
public record StoredKey(KeyId id, KeyHolder holder, byte[] hash, String label, Instant createdAt, Optional<Instant> lastUsedAt,
                        Optional<Instant> revokedAt) {
    public StoredKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(holder, "holder");
        if (hash == null || hash.length != KeyHash.LENGTH) {
            throw new IllegalArgumentException("a key hash is " + KeyHash.LENGTH + " bytes");
        }
        hash = hash.clone();
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    public boolean active() {
        return revokedAt.isEmpty();
    }

    /** Constant-time: how many leading bytes match tells an attacker nothing. */
    public boolean matches(byte[] presentedHash) {
        return java.security.MessageDigest.isEqual(hash, presentedHash);
    }

    // The hash is not a secret, but it has no business in a log line either.
    @Override
    public String toString() {
        return "StoredKey[" + id + ", " + holder + ", label=" + label + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredKey key && key.id.equals(id) && key.holder.equals(holder)
                && java.util.Arrays.equals(key.hash, hash) && key.label.equals(label) && key.createdAt.equals(createdAt)
                && key.lastUsedAt.equals(lastUsedAt) && key.revokedAt.equals(revokedAt);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
