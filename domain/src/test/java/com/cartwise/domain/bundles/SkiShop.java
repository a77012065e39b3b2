package com.cartwise.domain.bundles;

import static com.cartwise.domain.bundles.Shops.entry;
import static com.cartwise.domain.bundles.Shops.repeat;

import com.cartwise.domain.bundles.enrichment.CatalogEntry;
import com.cartwise.domain.bundles.enrichment.OrderSale;
import java.util.ArrayList;
import java.util.List;

/**
 * A small ski shop. Category "Skis" has six variants, so its bands are its own terciles over
 * 12, 40, 150, 300, 400, 500 (q1 = 40, q2 = 300): wax and poles low, bindings and the 300 ski mid,
 * the 400 and 500 skis high. Apparel has two variants and is banded among the shop.
 */
public final class SkiShop {
    public static final long SKI_A = 1;
    public static final long SKI_B = 2;
    public static final long SKI_C = 3;
    public static final long BINDINGS = 4;
    public static final long WAX = 5;
    public static final long POLES = 6;
    public static final long GLOVES = 7;
    public static final long HAT = 8;

    private SkiShop() {
    }

    public static List<CatalogEntry> catalogue() {
        return List.of(
                entry(SKI_A, "Allmountain Ski", "Skis", "400.00", "240.00", 50),
                entry(SKI_B, "Race Ski", "Skis", "500.00", "300.00", 40),
                entry(SKI_C, "Junior Ski", "Skis", "300.00", "210.00", 30),
                entry(BINDINGS, "Bindings", "Skis", "150.00", "90.00", 60),
                entry(WAX, "Ski Wax", "Skis", "12.00", "3.00", 500),
                entry(POLES, "Poles", "Skis", "40.00", null, 100),
                entry(GLOVES, "Gloves", "Apparel", "30.00", "12.00", 80),
                entry(HAT, "Hat", "Apparel", "20.00", "8.00", 80));
    }

    /**
     * 100 orders within 40 days: ski A with wax 30 times, ski B with bindings and wax 20 times,
     * ski A with bindings 10 times, gloves alone 40 times. Wax is in 50 orders, ski A in 40.
     */
    public static List<OrderSale> busyOrders() {
        List<OrderSale> orders = new ArrayList<>();
        orders.addAll(repeat(30, 10, SKI_A, WAX));
        orders.addAll(repeat(20, 20, SKI_B, BINDINGS, WAX));
        orders.addAll(repeat(10, 30, SKI_A, BINDINGS));
        orders.addAll(repeat(40, 40, GLOVES));
        return orders;
    }

    /** A first install: 30 orders of one item each, so nothing is ever bought together. */
    public static List<OrderSale> thirtySingleItemOrders() {
        List<OrderSale> orders = new ArrayList<>();
        orders.addAll(repeat(10, 5, SKI_A));
        orders.addAll(repeat(8, 6, WAX));
        orders.addAll(repeat(6, 7, BINDINGS));
        orders.addAll(repeat(6, 8, GLOVES));
        return orders;
    }
}
