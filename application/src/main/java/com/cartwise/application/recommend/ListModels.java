package com.cartwise.application.recommend;

import com.cartwise.application.port.ModelStore;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.recommend.serving.ModelReport;
import com.cartwise.domain.shop.ShopId;
import java.util.List;

/** The merchant looks at a shop's models, newest first, each with the evaluation behind it. */
public final class ListModels {
    private final Shops shops;
    private final ModelStore modelStore;

    public ListModels(Shops shops, ModelStore modelStore) {
        this.shops = shops;
        this.modelStore = modelStore;
    }

    public Result execute(ShopId shop) {
        if (shops.find(shop).isEmpty()) {
            return new Result.ShopNotFound(shop);
        }
        return new Result.Listed(modelStore.reports(shop));
    }

    public sealed interface Result {
        record Listed(List<ModelReport> models) implements Result {
            public Listed {
                models = List.copyOf(models);
            }
        }

        record ShopNotFound(ShopId shop) implements Result {
        }
    }
}
