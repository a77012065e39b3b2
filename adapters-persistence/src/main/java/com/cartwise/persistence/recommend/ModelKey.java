package com.cartwise.persistence.recommend;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** A model's key: its shop and its version there. */
@Embeddable
record ModelKey(@MappedProperty("shop_id") String shopId, @MappedProperty("version") long version) {
}
