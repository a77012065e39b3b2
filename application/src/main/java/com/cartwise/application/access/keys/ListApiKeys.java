package com.cartwise.application.access.keys;

import com.cartwise.application.access.StoredKey;
import com.cartwise.application.port.ApiKeys;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.shop.ShopId;
import java.util.List;

/** A shop's keys, without their secrets: which exist, when each was last used, which are revoked. */
public final class ListApiKeys {
    private final Shops shops;
    private final ApiKeys keys;

    public ListApiKeys(Shops shops, ApiKeys keys) {
        this.shops = shops;
        this.keys = keys;
    }

    public Result execute(ShopId shop) {
        if (shops.find(shop).isEmpty()) {
            return new Result.ShopNotFound(shop);
        }
        return new Result.Listed(keys.list(shop));
    }

    public sealed interface Result {
        record Listed(List<StoredKey> keys) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }
    }
}
