package com.cartwise.domain.orders;

import com.cartwise.domain.InvalidInputException;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** A placed order: its name ("#1001") is unique within a shop, so re-importing it replaces it. */
public record Order(String name, Instant createdAt, Currency currency, List<OrderLine> lines) {
    public Order {
        InvalidInputException.require(name != null && !name.isBlank(), "name", "is required");
        name = name.strip();
        InvalidInputException.require(createdAt != null, "created_at", "is required");
        InvalidInputException.require(lines != null && !lines.isEmpty(), "lines", "an order has at least one line");
        lines = List.copyOf(lines);
    }
}
