package com.cartwise.application.bundles;

import com.cartwise.application.bundles.review.ReviewBundle;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.orders.OrderLine;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A ski gear shop whose orders follow fixed patterns, big enough for every phase of a generation to
 * find something: ten products in seven categories, costs known, and 90 orders, one a day up to
 * the day before {@link #NOW}, repeating ten baskets.
 *
 * <pre>
 * order i, by i mod 10:
 *   0, 1, 2  Race Skis + Pro Bindings + Hot Wax
 *   3, 4     All-round Skis + Basic Bindings
 *   5        Junior Skis + Cold Wax
 *   6        Ski Gloves + Goggles
 *   7        Ski Gloves + Helmet (launched 10 days before NOW)
 *   8        Hot Wax + Cold Wax
 *   9        Goggles
 * </pre>
 */
public final class GearShop {
    public static final ShopId ID = ShopId.of("gear-shop");
    public static final Instant NOW = Instant.parse("2024-04-01T08:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final int ORDERS = 90;

    private GearShop() {
    }

    public static Shop shop() {
        return new Shop(ID, "Gear Shop", Currency.getInstance("EUR"));
    }

    public static List<VariantRecord> catalogue() {
        return List.of(
                variant("skis-race", "Race Skis", "Skis", "SKI-RACE", "450.00", "250.00", 20, null),
                variant("skis-allround", "All-round Skis", "Skis", "SKI-ALL", "380.00", "210.00", 15, null),
                variant("skis-junior", "Junior Skis", "Skis", "SKI-JR", "220.00", "120.00", 8, null),
                variant("bindings-pro", "Pro Bindings", "Bindings", "BIND-PRO", "180.00", "90.00", 25, null),
                variant("bindings-basic", "Basic Bindings", "Bindings", "BIND-BASIC", "120.00", "60.00", 30, null),
                variant("wax-hot", "Hot Wax", "Wax", "WAX-HOT", "18.00", "5.00", 200, null),
                variant("wax-cold", "Cold Wax", "Wax", "WAX-COLD", "16.00", "4.00", 150, null),
                variant("gloves", "Ski Gloves", "Gloves", "GLOVES", "45.00", "20.00", 40, null),
                variant("goggles", "Goggles", "Goggles", "GOGGLES", "90.00", "40.00", 12, null),
                variant("helmet", "Helmet", "Helmets", "HELMET", "120.00", "60.00", 10, NOW.minus(Duration.ofDays(10))));
    }

    /** The catalogue without its two waxes: a transaction file of the orders adds them, without a price. */
    public static List<VariantRecord> catalogueWithoutWax() {
        return catalogue().stream().filter(v -> !v.sku().startsWith("WAX-")).toList();
    }

    /** The catalogue with the hot wax at another price, as a later products export gives it. */
    public static List<VariantRecord> catalogueWithHotWaxAt(String price) {
        return catalogue().stream().map(v -> v.sku().equals("WAX-HOT") ? variant(v.product().handle(), v.product().title(),
                v.product().productType(), v.sku(), price, "5.00", 200, null) : v).toList();
    }

    /** The catalogue with both waxes priced 0.00 by the merchant: free gifts. */
    public static List<VariantRecord> catalogueWithFreeWax() {
        return catalogue().stream().map(v -> v.sku().startsWith("WAX-") ? variant(v.product().handle(), v.product().title(),
                v.product().productType(), v.sku(), "0.00", null, 100, null) : v).toList();
    }

    public static List<Order> orders() {
        List<List<String>> baskets = List.of(
                List.of("SKI-RACE", "BIND-PRO", "WAX-HOT"), List.of("SKI-RACE", "BIND-PRO", "WAX-HOT"),
                List.of("SKI-RACE", "BIND-PRO", "WAX-HOT"), List.of("SKI-ALL", "BIND-BASIC"), List.of("SKI-ALL", "BIND-BASIC"),
                List.of("SKI-JR", "WAX-COLD"), List.of("GLOVES", "GOGGLES"), List.of("GLOVES", "HELMET"),
                List.of("WAX-HOT", "WAX-COLD"), List.of("GOGGLES"));
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            List<OrderLine> lines = baskets.get(i % 10).stream().map(sku -> new OrderLine("", sku, null, 1, null)).toList();
            orders.add(new Order("#" + (1001 + i), NOW.minus(Duration.ofDays(ORDERS - i)), Currency.getInstance("EUR"), lines));
        }
        return orders;
    }

    /** The shop created, its catalogue and orders imported. */
    public static InMemoryCartwise imported() {
        return seed(new InMemoryCartwise(CLOCK));
    }

    /** Creates the shop in these fakes and imports its catalogue and orders. */
    public static InMemoryCartwise seed(InMemoryCartwise cartwise) {
        cartwise.createShop.execute(shop());
        cartwise.importCatalog.execute(ID, catalogue().iterator());
        cartwise.importOrders.execute(ID, orders().iterator());
        return cartwise;
    }

    /** Generates the shop's bundles and makes every FBT pair live (approved, then activated). */
    public static void withLivePairs(InMemoryCartwise cartwise) {
        Generations.generate(cartwise, ID);
        for (BundleRecommendation r : Generations.all(cartwise, ID)) {
            if (r.candidate().type() == BundleType.FBT && r.candidate().variantIds().size() == 2) {
                cartwise.reviewBundle.execute(new ReviewBundle.Command(ID, r.key(),
                        ReviewStatus.APPROVED, Optional.empty()));
                cartwise.activateBundle.execute(ID, r.key());
            }
        }
    }

    private static VariantRecord variant(String handle, String title, String type, String sku, String price, String cost, int stock,
                                         Instant createdAt) {
        Product product = new Product(handle, title, "Alpine Co", type, List.of(), ProductStatus.ACTIVE, "", List.of(),
                Optional.ofNullable(createdAt));
        return new VariantRecord(product, List.of(), sku, "", null, new BigDecimal(price), Stock.tracked(stock), null,
                cost == null ? null : new BigDecimal(cost), null);
    }
}
