package com.cartwise.persistence.recommend;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code models}: the model's figures, and its counts encoded by {@code ModelCodec}. */
@MappedEntity("models")
record ModelRow(
        @EmbeddedId ModelKey key,
        String metric,
        Instant trainedAt,
        int orders,
        int trainingOrders,
        int validationOrders,
        byte[] payload) {
}
