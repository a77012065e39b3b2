package com.cartwise.benchmarks.recommend;

import com.cartwise.benchmarks.data.SyntheticShop;
import com.cartwise.benchmarks.data.SyntheticShopGenerator;
import com.cartwise.benchmarks.data.SyntheticVariant;
import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.orders.Baskets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The generated million-order shop as the recommender sees it: baskets of variant ids (index + 1) and the catalogue. */
final class SyntheticBaskets {
    private SyntheticBaskets() {
    }

    static SyntheticShop millionOrders() {
        return new SyntheticShopGenerator(SyntheticShopGenerator.Settings.MILLION_ORDERS).generate();
    }

    static Baskets baskets(SyntheticShop shop, int fromOrder, int toOrder) {
        Baskets.Builder baskets = Baskets.builder();
        long[] ids = new long[64];
        for (int o = fromOrder; o < toOrder; o++) {
            int n = shop.lineCount(o);
            for (int l = 0; l < n; l++) {
                ids[l] = shop.line(o, l) + 1L;
            }
            baskets.add(Instant.ofEpochSecond(shop.placedAtEpochSecond(o)), ids, 0, n);
        }
        return baskets.build();
    }

    static List<Variant> catalogue(SyntheticShop shop) {
        List<Variant> variants = new ArrayList<>(shop.variants().size());
        for (SyntheticVariant v : shop.variants()) {
            variants.add(new Variant(v.index() + 1L, v.handle(), v.optionValues(), v.sku(), null, v.productTitle(),
                    new Money(v.price(), java.util.Currency.getInstance(SyntheticShop.CURRENCY)), Stock.tracked(v.inventoryQuantity()),
                    ProductStatus.ACTIVE));
        }
        return variants;
    }
}
