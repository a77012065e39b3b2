package com.cartwise.domain.bundles.enrichment;

import java.util.OptionalDouble;

/**
 * A variant enriched for bundle generation: its catalogue entry, its sales, how long its stock
 * lasts, its margin where the cost is known, and its price band.
 *
 * @param marginRate (price − cost) / price, when cost is known and price positive
 */
public record VariantProfile(CatalogEntry entry, SalesFigures sales, StockCover cover, OptionalDouble marginRate, PriceBand band,
                             PriceBand.Scope bandScope) {
    public long variantId() {
        return entry.variantId();
    }

    public String productId() {
        return entry.productId();
    }

    public String category() {
        return entry.category();
    }

    static OptionalDouble marginOf(CatalogEntry entry) {
        if (entry.cost() == null || entry.price().signum() == 0) {
            return OptionalDouble.empty();
        }
        double price = entry.price().doubleValue();
        return OptionalDouble.of((price - entry.cost().doubleValue()) / price);
    }
}
