package com.cartwise.domain.orders;

import com.cartwise.domain.InvalidInputException;
import java.time.Instant;
import java.util.Arrays;

/**
 * The distinct variants of one order, in the order they were first added: what the recommender
 * learns from. Quantities do not matter; a single-item basket still counts towards its variant.
 */
public final class Basket {
    private final Instant placedAt;
    private final long[] variantIds;

    public Basket(Instant placedAt, long... variantIds) {
        InvalidInputException.require(placedAt != null, "placed_at", "is required");
        InvalidInputException.require(variantIds != null && variantIds.length > 0, "variant_ids", "a basket is never empty");
        this.placedAt = placedAt;
        this.variantIds = Arrays.stream(variantIds).distinct().toArray();
    }

    public Instant placedAt() {
        return placedAt;
    }

    public int size() {
        return variantIds.length;
    }

    public long variantId(int i) {
        return variantIds[i];
    }

    /** A copy, in line order. */
    public long[] variantIds() {
        return variantIds.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Basket b && placedAt.equals(b.placedAt) && Arrays.equals(variantIds, b.variantIds);
    }

    @Override
    public int hashCode() {
        return 31 * placedAt.hashCode() + Arrays.hashCode(variantIds);
    }

    @Override
    public String toString() {
        return "Basket" + Arrays.toString(variantIds) + "@" + placedAt;
    }
}
