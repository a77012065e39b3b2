package com.cartwise.domain.analytics.experiment;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.VariantKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends a share of carts to the control arm by a stable hash of the cart's session id (or, without
 * one, of the cart's variant keys in sorted order), salted by the experiment, so that the same cart
 * lands in the same arm on every request and on every replica, and a new experiment draws anew.
 * The hash is 64-bit FNV-1a finished with SplitMix64's mixer, whose top 53 bits make a uniform
 * number in [0, 1): cheap (no allocation beyond the key's bytes) and evenly spread.
 */
public record HoldoutSplit(String salt, double share) {
    public static final double MAX_SHARE = 1;
    private static final String SESSION = "session:";

    public HoldoutSplit {
        InvalidInputException.require(salt != null && !salt.isEmpty(), "salt", "is required");
        InvalidInputException.require(share >= 0 && share <= MAX_SHARE, "share", "must be between 0 and " + MAX_SHARE + ", but was " + share);
    }

    public Arm armOf(String key) {
        return position("", key) < share ? Arm.CONTROL : Arm.TREATMENT;
    }

    /** The arm of a till's session: {@code armOf(keyOf(Optional.of(sessionId), items))}, without building the key. */
    public Arm armOfSession(String sessionId) {
        return position(SESSION, sessionId) < share ? Arm.CONTROL : Arm.TREATMENT;
    }

    /** The session id when the till sent one, else the cart's variant keys, sorted, so that their order does not matter. */
    public static String keyOf(Optional<String> sessionId, List<VariantKey> items) {
        if (sessionId.isPresent()) {
            return SESSION + sessionId.get();
        }
        List<String> keys = new ArrayList<>(items.size());
        for (VariantKey item : items) {
            keys.add(switch (item) {
                case VariantKey.ById id -> "id:" + id.variantId();
                case VariantKey.BySku sku -> "sku:" + sku.sku();
                case VariantKey.ByShopifyVariantId shopify -> "shopify:" + shopify.shopifyVariantId();
            });
        }
        keys.sort(null);
        return "cart:" + String.join("\u001f", keys);
    }

    /** Where the key falls in [0, 1). */
    double position(String key) {
        return position("", key);
    }

    /**
     * Where {@code prefix + key} falls in [0, 1): the hash of the UTF-8 bytes of salt, a separator
     * (0x1e) and the key, as {@code getBytes(UTF_8)} would give them, but encoded as they are hashed,
     * so that the till's path allocates nothing.
     */
    private double position(String prefix, String key) {
        long hash = 0xcbf29ce484222325L;
        hash = fnv(hash, salt);
        hash = (hash ^ 0x1e) * FNV_PRIME;
        hash = fnv(hash, prefix);
        hash = fnv(hash, key);
        hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
        hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
        hash ^= hash >>> 31;
        return (hash >>> 11) * 0x1.0p-53;
    }

    private static final long FNV_PRIME = 0x100000001b3L;

    private static long fnv(long hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                hash = (hash ^ c) * FNV_PRIME;
            } else if (c < 0x800) {
                hash = (hash ^ (0xc0 | c >>> 6)) * FNV_PRIME;
                hash = (hash ^ (0x80 | c & 0x3f)) * FNV_PRIME;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                hash = (hash ^ (0xf0 | cp >>> 18)) * FNV_PRIME;
                hash = (hash ^ (0x80 | cp >>> 12 & 0x3f)) * FNV_PRIME;
                hash = (hash ^ (0x80 | cp >>> 6 & 0x3f)) * FNV_PRIME;
                hash = (hash ^ (0x80 | cp & 0x3f)) * FNV_PRIME;
            } else if (Character.isSurrogate(c)) {
                hash = (hash ^ '?') * FNV_PRIME; // an unpaired surrogate, as the UTF-8 encoder replaces it
            } else {
                hash = (hash ^ (0xe0 | c >>> 12)) * FNV_PRIME;
                hash = (hash ^ (0x80 | c >>> 6 & 0x3f)) * FNV_PRIME;
                hash = (hash ^ (0x80 | c & 0x3f)) * FNV_PRIME;
            }
        }
        return hash;
    }
}
