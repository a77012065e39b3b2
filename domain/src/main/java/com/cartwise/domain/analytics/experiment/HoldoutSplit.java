package com.cartwise.domain.analytics.experiment;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.VariantKey;
import java.nio.charset.StandardCharsets;
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
    public static final double MAX_SHARE = 0.5;

    public HoldoutSplit {
        InvalidInputException.require(salt != null && !salt.isEmpty(), "salt", "is required");
        InvalidInputException.require(share >= 0 && share <= MAX_SHARE, "share", "must be between 0 and " + MAX_SHARE + ", but was " + share);
    }

    public Arm armOf(String key) {
        return position(key) < share ? Arm.CONTROL : Arm.TREATMENT;
    }

    /** The session id when the till sent one, else the cart's variant keys, sorted, so that their order does not matter. */
    public static String keyOf(Optional<String> sessionId, List<VariantKey> items) {
        if (sessionId.isPresent()) {
            return "session:" + sessionId.get();
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
        long hash = 0xcbf29ce484222325L;
        for (byte b : (salt + '\u001e' + key).getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
        hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
        hash ^= hash >>> 31;
        return (hash >>> 11) * 0x1.0p-53;
    }
}
