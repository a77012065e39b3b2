package com.cartwise.application;

import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.recommend.TrainRecommender;
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
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A small ski shop whose numbers are worked out by hand, shared by the use case tests.
 *
 * <pre>
 * catalogue (Shopify id, SKU, stock)
 *   Ski Wax             1001 WAX    tracked, 10 left
 *   Ski Gloves - M      1002 GLV-M  tracked, 5 left
 *   Ski Gloves - L      1003 GLV-L  tracked, 0 left, no overselling -> out of stock
 *   Goggles             1004 GOG    untracked
 *   Beanie              1005 BEA    tracked, 0 left, policy "continue" -> still sells
 *   Boot Bag            1006 BAG    tracked, 3 left
 *
 * orders, one a day from 1 March 2024 (lines found by SKU, by name or by Shopify id)
 *   #1001  WAX, "Ski Gloves - M", GOG
 *   #1002  WAX, id 1004 (GOG), "Gift Card" (not in the catalogue: unresolved)
 *   #1003  WAX, id 1003 (GLV-L)
 *   #1004  "Ski Wax", "Beanie"
 *   #1005  GOG, BAG
 *   #1006  WAX, BAG, WAX again (one basket item)
 *   #1007  GLV-M
 *   7 orders, 16 lines, 1 unresolved; 7 baskets.
 *
 * counts: WAX 5, GLV-M 2, GLV-L 1, GOG 3, BEA 1, BAG 2; N = 7
 * pairs:  WAX-GOG 2; WAX-GLV-M, WAX-GLV-L, WAX-BEA, WAX-BAG, GOG-GLV-M, GOG-BAG 1 each (7 pairs)
 * </pre>
 */
public final class SkiShop {
    public static final ShopId ID = ShopId.of("ski-shop");
    public static final Instant NOW = Instant.parse("2024-04-01T08:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Instant FIRST_DAY = Instant.parse("2024-03-01T10:00:00Z");

    private SkiShop() {
    }

    public static Shop shop() {
        return new Shop(ID, "Ski Shop", Currency.getInstance("EUR"));
    }

    public static List<VariantRecord> catalogue() {
        return List.of(
                variant("ski-wax", "Ski Wax", List.of("Default Title"), "WAX", 1001L, "12.00", Stock.tracked(10)),
                variant("ski-gloves", "Ski Gloves", List.of("M"), "GLV-M", 1002L, "30.00", Stock.tracked(5)),
                glovesL(Stock.tracked(0)),
                variant("goggles", "Goggles", List.of(), "GOG", 1004L, "45.00", Stock.untracked()),
                variant("beanie", "Beanie", List.of(), "BEA", 1005L, "15.00", new Stock(true, 0, true)),
                bootBag(Stock.tracked(3)));
    }

    public static VariantRecord glovesL(Stock stock) {
        return variant("ski-gloves", "Ski Gloves", List.of("L"), "GLV-L", 1003L, "30.00", stock);
    }

    public static VariantRecord bootBag(Stock stock) {
        return bootBag(stock, ProductStatus.ACTIVE);
    }

    public static VariantRecord bootBag(Stock stock, ProductStatus status) {
        return variant("boot-bag", "Boot Bag", List.of(), "BAG", 1006L, "25.00", stock, status);
    }

    public static List<Order> orders() {
        return List.of(
                order("#1001", 1, sku("WAX"), name("Ski Gloves - M"), sku("GOG")),
                order("#1002", 2, sku("WAX"), shopifyId(1004), name("Gift Card")),
                order("#1003", 3, sku("WAX"), shopifyId(1003)),
                order("#1004", 4, name("Ski Wax"), name("Beanie")),
                order("#1005", 5, sku("GOG"), sku("BAG")),
                order("#1006", 6, sku("WAX"), sku("BAG"), sku("WAX")),
                order("#1007", 7, sku("GLV-M")));
    }

    /** The shop created, its catalogue and orders imported, nothing trained yet. */
    public static InMemoryCartwise imported() {
        return imported(CLOCK);
    }

    /** Another shop, {@code id}, with the ski shop's catalogue and orders, trained by the standard training. */
    public static ShopId trainedCopy(InMemoryCartwise cartwise, String id) {
        ShopId shop = ShopId.of(id);
        cartwise.createShop.execute(new Shop(shop, id, Currency.getInstance("EUR")));
        cartwise.importCatalog.execute(shop, catalogue().iterator());
        cartwise.importOrders.execute(shop, orders().iterator());
        cartwise.trainRecommender.execute(new TrainRecommender.Command(shop, Optional.empty()));
        return shop;
    }

    /** The same, the application reading this clock. */
    public static InMemoryCartwise imported(Clock clock) {
        InMemoryCartwise cartwise = new InMemoryCartwise(clock);
        cartwise.createShop.execute(shop());
        cartwise.importCatalog.execute(ID, catalogue().iterator());
        cartwise.importOrders.execute(ID, orders().iterator());
        return cartwise;
    }

    public static VariantRecord variant(String handle, String title, List<String> options, String sku, Long shopifyId,
                                        String price, Stock stock) {
        return variant(handle, title, options, sku, shopifyId, price, stock, ProductStatus.ACTIVE);
    }

    public static VariantRecord variant(String handle, String title, List<String> options, String sku, Long shopifyId,
                                        String price, Stock stock, ProductStatus status) {
        return new VariantRecord(new Product(handle, title, "Alpine Co", "Ski", List.of(), status), options, sku, "",
                shopifyId, new BigDecimal(price), stock);
    }

    /** An order placed at 10:00 on the given day of March 2024. */
    public static Order order(String name, int day, OrderLine... lines) {
        return new Order(name, FIRST_DAY.plus(Duration.ofDays(day - 1)), Currency.getInstance("EUR"), Arrays.asList(lines));
    }

    public static OrderLine sku(String sku) {
        return new OrderLine("", sku, null, 1, new BigDecimal("1.00"));
    }

    public static OrderLine name(String name) {
        return new OrderLine(name, "", null, 1, new BigDecimal("1.00"));
    }

    public static OrderLine shopifyId(long shopifyVariantId) {
        return new OrderLine("", "", shopifyVariantId, 1, new BigDecimal("1.00"));
    }
}
