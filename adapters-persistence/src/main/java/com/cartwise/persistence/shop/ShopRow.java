package com.cartwise.persistence.shop;

import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.Currency;

/** A row of {@code shops}; {@code created_at} is left to the database's clock. */
@MappedEntity("shops")
record ShopRow(@Id String id, String name, String currency) {

    static ShopRow of(Shop shop) {
        return new ShopRow(shop.id().value(), shop.name(), shop.currency().getCurrencyCode());
    }

    Shop toShop() {
        return new Shop(ShopId.of(id), name, Currency.getInstance(currency));
    }
}
