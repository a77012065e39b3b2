package com.cartwise.persistence.testing;

import com.cartwise.domain.catalog.Catalog;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.orders.OrderHistory;
import com.cartwise.domain.recommend.ModelStore;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.domain.shop.Shops;
import java.util.List;

/** The persistence ports one contract test runs against: PostgreSQL's or the in-memory fakes. */
public interface Ports {
    Shops shops();

    Catalog catalog();

    OrderHistory orderHistory();

    ModelStore modelStore();

    /** Every variant of the shop, by ascending id: the {@link Catalog} port itself lists none. */
    List<Variant> allVariants(ShopId shop);
}
