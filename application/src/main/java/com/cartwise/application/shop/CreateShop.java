package com.cartwise.application.shop;

import com.cartwise.application.port.Shops;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;

/** The merchant (or the operator on their behalf) registers a shop with Cartwise. */
public final class CreateShop {
    private final Shops shops;

    public CreateShop(Shops shops) {
        this.shops = shops;
    }

    public Result execute(Shop shop) {
        return shops.add(shop) ? new Result.Created(shop) : new Result.AlreadyExists(shop.id());
    }

    public sealed interface Result {
        record Created(Shop shop) implements Result {
        }

        record AlreadyExists(ShopId shop) implements Result {
        }
    }
}
