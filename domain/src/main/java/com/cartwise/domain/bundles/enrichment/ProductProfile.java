package com.cartwise.domain.bundles.enrichment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A product's variants taken together, which is the level at which flags are decided (a shoe is
 * a slow mover, not its size 44). Sales are the sum of its variants'; stock cover is the tracked
 * stock of its variants over their velocity; margin the mean of the variants' known margins.
 *
 * @param createdAt the earliest creation date among its variants, or null if none is known
 */
public record ProductProfile(String productId, String title, String category, String vendor, Instant createdAt,
                             List<Long> variantIds, SalesFigures sales, StockCover cover, OptionalDouble marginRate) {
    public ProductProfile {
        variantIds = List.copyOf(variantIds);
    }

    public Optional<Instant> createdAtIfKnown() {
        return Optional.ofNullable(createdAt);
    }
}
