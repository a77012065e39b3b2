package com.cartwise.application.access;

import com.cartwise.domain.shop.ShopId;

/** Whom a key speaks for: the operator of the deployment, or one shop. */
public sealed interface KeyHolder {
    /** The operator: the admin API and every shop's routes. */
    record Operator() implements KeyHolder {
    }

    /** One shop: only its own routes and RPCs. */
    record OneShop(ShopId shop) implements KeyHolder {
    }

    /** Whether this holder may read and change the given shop. */
    default boolean mayUse(ShopId shop) {
        return switch (this) {
            case Operator operator -> true;
            case OneShop one -> one.shop().equals(shop);
        };
    }
}
