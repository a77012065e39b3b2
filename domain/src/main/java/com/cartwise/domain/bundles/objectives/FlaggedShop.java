package com.cartwise.domain.bundles.objectives;

import com.cartwise.domain.bundles.enrichment.ShopProfile;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The output of the objectives phase: the shop's profile and the flags of each product. */
public record FlaggedShop(ShopProfile profile, Map<String, Set<ProductFlag>> productFlags) {
    public FlaggedShop {
        Map<String, Set<ProductFlag>> copy = new HashMap<>();
        productFlags.forEach((product, flags) -> copy.put(product, flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags))));
        productFlags = Map.copyOf(copy);
    }

    /** The flags of a variant's product. */
    public Set<ProductFlag> flagsOf(long variantId) {
        return productFlags.getOrDefault(profile.variant(variantId).productId(), Set.of());
    }

    public boolean has(long variantId, ProductFlag flag) {
        return flagsOf(variantId).contains(flag);
    }
}
