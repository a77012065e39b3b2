package com.cartwise.application.port;

import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import java.util.Optional;

/** The shops this deployment serves. */
public interface Shops {
    Optional<Shop> find(ShopId id);

    /** Adds the shop; answers false, changing nothing, when a shop with that id exists already. */
    boolean add(Shop shop);
}
