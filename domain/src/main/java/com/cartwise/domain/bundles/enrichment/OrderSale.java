package com.cartwise.domain.bundles.enrichment;

import com.cartwise.domain.InvalidInputException;
import java.time.Instant;
import java.util.List;

/** An order whose lines are resolved to catalogue variants: what enrichment and mining read. */
public record OrderSale(Instant placedAt, List<SaleLine> lines) {
    public OrderSale {
        InvalidInputException.require(placedAt != null, "placed_at", "is required");
        InvalidInputException.require(lines != null && !lines.isEmpty(), "lines", "an order has at least one line");
        lines = List.copyOf(lines);
    }
}
