package com.cartwise.application.analytics;

import com.cartwise.domain.shop.ShopId;

/** What an analytics report answers: its figures, or that the shop does not exist. */
public sealed interface Report<T> {
    record Found<T>(T figures) implements Report<T> {
    }

    record ShopNotFound<T>(ShopId shop) implements Report<T> {
    }
}
