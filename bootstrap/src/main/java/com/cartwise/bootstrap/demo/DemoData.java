package com.cartwise.bootstrap.demo;

import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.shop.Shop;
import java.util.List;

/**
 * A synthetic shop ready to import: the shop, its catalogue as a Shopify products export would
 * describe it (one record per variant), and a year of its orders as the orders export names them.
 */
public record DemoData(Shop shop, List<VariantRecord> variants, List<Order> orders) {
    public DemoData {
        variants = List.copyOf(variants);
        orders = List.copyOf(orders);
    }

    /** Distinct products (handles) in the catalogue. */
    public long productCount() {
        return variants.stream().map(v -> v.product().handle()).distinct().count();
    }
}
