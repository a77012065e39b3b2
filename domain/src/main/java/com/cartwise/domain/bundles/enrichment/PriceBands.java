package com.cartwise.domain.bundles.enrichment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Terciles of price within each category, because a bundle pairs an anchor with a cheaper
 * add-on of its own kind: a 30-euro wax is dear among waxes and a 30-euro ski is impossibly cheap,
 * so shop-wide bands would call every accessory "low" and every ski "high" and say nothing. A
 * category with fewer than {@code minVariants} active priced variants is banded among the shop.
 * Cut points by nearest rank over the sorted prices: q1 = p[ceil(n/3)], q2 = p[ceil(2n/3)]
 * (1-based); LOW if price <= q1, HIGH if price > q2, else MID. Equal prices share a band.
 */
final class PriceBands {
    record Assigned(PriceBand band, PriceBand.Scope scope) {
    }

    private PriceBands() {
    }

    static Map<Long, Assigned> assign(List<CatalogEntry> entries, int minVariants) {
        Map<String, List<BigDecimal>> byCategory = new HashMap<>();
        List<BigDecimal> shop = new ArrayList<>();
        for (CatalogEntry entry : entries) {
            if (entry.active()) {
                byCategory.computeIfAbsent(entry.category(), c -> new ArrayList<>()).add(entry.price());
                shop.add(entry.price());
            }
        }
        Map<String, BigDecimal[]> cuts = new HashMap<>();
        byCategory.forEach((category, prices) -> {
            if (!category.isEmpty() && prices.size() >= minVariants) {
                cuts.put(category, cutsOf(prices));
            }
        });
        BigDecimal[] shopCuts = shop.isEmpty() ? null : cutsOf(shop);
        Map<Long, Assigned> bands = new HashMap<>();
        for (CatalogEntry entry : entries) {
            BigDecimal[] own = cuts.get(entry.category());
            if (own != null) {
                bands.put(entry.variantId(), new Assigned(bandOf(entry.price(), own), PriceBand.Scope.CATEGORY));
            } else {
                bands.put(entry.variantId(), new Assigned(shopCuts == null ? PriceBand.MID : bandOf(entry.price(), shopCuts),
                        PriceBand.Scope.SHOP));
            }
        }
        return bands;
    }

    static BigDecimal[] cutsOf(List<BigDecimal> prices) {
        BigDecimal[] sorted = prices.toArray(BigDecimal[]::new);
        Arrays.sort(sorted);
        int n = sorted.length;
        return new BigDecimal[] {sorted[ceilDiv(n, 3) - 1], sorted[ceilDiv(2 * n, 3) - 1]};
    }

    static PriceBand bandOf(BigDecimal price, BigDecimal[] cuts) {
        if (price.compareTo(cuts[0]) <= 0) {
            return PriceBand.LOW;
        }
        return price.compareTo(cuts[1]) > 0 ? PriceBand.HIGH : PriceBand.MID;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
