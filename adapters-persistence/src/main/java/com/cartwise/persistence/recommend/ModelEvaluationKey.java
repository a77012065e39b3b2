package com.cartwise.persistence.recommend;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** One metric's evaluation of one model. */
@Embeddable
record ModelEvaluationKey(
        @MappedProperty("shop_id") String shopId,
        @MappedProperty("version") long version,
        @MappedProperty("metric") String metric) {
}
