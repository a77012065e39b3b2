package com.cartwise.application.shop;

import com.cartwise.application.port.Shops;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import java.util.Optional;

/** Looks a shop up, e.g. for the dashboard's header or the demo's second start. */
public final class FindShop {
    private final Shops shops;

    public FindShop(Shops shops) {
        this.shops = shops;
    }

    public Optional<Shop> execute(ShopId id) {
        return shops.find(id);
    }
}
