package com.cartwise.rest.shopify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** POST .../shopify/syncs: {"mode": "historical" | "incremental" (default), "orders_since": "2024-01-01"}. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record SyncRequestJson(@Nullable String mode, @Nullable String ordersSince) {
}
