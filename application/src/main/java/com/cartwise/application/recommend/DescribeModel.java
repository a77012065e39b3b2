package com.cartwise.application.recommend;

import com.cartwise.application.port.ModelStore;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.recommend.serving.ModelReport;
import com.cartwise.domain.shop.ShopId;

/** The merchant looks at one model version: its scorer, its size, and the full evaluation table. */
public final class DescribeModel {
    private final Shops shops;
    private final ModelStore modelStore;

    public DescribeModel(Shops shops, ModelStore modelStore) {
        this.shops = shops;
        this.modelStore = modelStore;
    }

    public Result execute(ShopId shop, long version) {
        if (shops.find(shop).isEmpty()) {
            return new Result.ShopNotFound(shop);
        }
        return modelStore.report(shop, version).<Result>map(Result.Described::new)
                .orElseGet(() -> new Result.ModelNotFound(shop, version));
    }

    public sealed interface Result {
        record Described(ModelReport model) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }

        record ModelNotFound(ShopId shop, long version) implements Result {
        }
    }
}
