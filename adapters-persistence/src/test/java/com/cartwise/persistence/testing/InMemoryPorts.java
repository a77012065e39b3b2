package com.cartwise.persistence.testing;

import com.cartwise.application.fakes.InMemoryCatalog;
import com.cartwise.application.fakes.InMemoryModelStore;
import com.cartwise.application.fakes.InMemoryOrderHistory;
import com.cartwise.application.fakes.InMemoryShops;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import java.util.Comparator;
import java.util.List;

/** The application's in-memory fakes, fresh for each test: the reference the real adapters must match. */
public record InMemoryPorts(InMemoryShops shops, InMemoryCatalog catalog, InMemoryOrderHistory orderHistory,
                            InMemoryModelStore modelStore) implements Ports {

    public static InMemoryPorts create() {
        InMemoryShops shops = new InMemoryShops();
        InMemoryCatalog catalog = new InMemoryCatalog(shops);
        return new InMemoryPorts(shops, catalog, new InMemoryOrderHistory(catalog), new InMemoryModelStore());
    }

    @Override
    public List<Variant> allVariants(ShopId shop) {
        return catalog.all(shop).stream().sorted(Comparator.comparingLong(Variant::id)).toList();
    }
}
