package com.cartwise.rest.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** {"label": "front till"}; the body and the label may be left out. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record IssueKeyRequest(@Nullable String label) {
}
