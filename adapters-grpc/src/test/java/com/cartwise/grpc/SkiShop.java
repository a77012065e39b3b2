package com.cartwise.grpc;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.application.shop.CreateShop;
import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.orders.OrderLine;
import com.cartwise.domain.recommend.Metric;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A small ski shop, set up through the use cases as a merchant would: shop, catalogue, orders,
 * then training (twice, so the served model is version 2, ranked by confidence).
 * <pre>
 * order  variants                                   orders holding each (N = 6)
 * #1001  skis 170, wax, poles                       skis 170: 3   wax: 4    poles: 2
 * #1002  skis 170, wax                              skis 180: 1   helmet: 2 goggles: 2
 * #1003  skis 180, wax, helmet                      vise, brush, iron, scraper: 1 each
 * #1004  skis 170, poles, goggles
 * #1005  helmet, goggles
 * #1006  wax, vise, brush, iron, scraper
 * </pre>
 * Goggles are out of stock (tracked, 0 left), so they are never recommended. Wax has no Shopify
 * variant id (it came from a CSV export) and no options; goggles have no SKU. A ski bag is in the
 * catalogue but no order holds it, so the model does not know it.
 * <p>
 * Confidence of B for cart item A is together(A, B) / orders(A), summed over the cart. For the
 * cart {skis 170, wax}:
 * <pre>
 * poles    2/3 (with skis 170) + 1/4 (with wax) = 11/12   evidence: skis 170, 2 of 3, lift 2*6/(3*2) = 2.0
 * goggles  1/3                                           out of stock: left out
 * skis 180, helmet, vise, brush, iron, scraper: 1/4 each (with wax), tied, so by product title:
 *          Alpine Skis, Helmet, Ski Vise, Wax Brush, Wax Iron, Wax Scraper
 *          skis 180's evidence: wax, 1 of 4, lift 1*6/(4*1) = 1.5
 * </pre>
 * Seven candidates: more than the default limit of 5, so the default is observable.
 */
public final class SkiShop {
    public static final String ID = "ski-shop";
    /** A shop that exists but has never been trained. */
    public static final String UNTRAINED_ID = "new-shop";
    public static final long SKIS_170_SHOPIFY_ID = 44001;
    public static final long POLES_SHOPIFY_ID = 44004;
    public static final long MODEL_VERSION = 2;
    public static final String METRIC = "confidence";

    public static final double POLES_SCORE = 2.0 / 3 + 1.0 / 4;
    public static final double WAX_ONLY_SCORE = 1.0 / 4;

    private static final Currency CAD = Currency.getInstance("CAD");
    private static final Instant FIRST_ORDER = Instant.parse("2025-01-10T09:00:00Z");

    private SkiShop() {
    }

    public static void seed(InMemoryCartwise cartwise) {
        ShopId shop = ShopId.of(ID);
        assertInstanceOf(CreateShop.Result.Created.class,
                cartwise.createShop.execute(new Shop(shop, "Ski Shop", CAD)));
        assertInstanceOf(CreateShop.Result.Created.class,
                cartwise.createShop.execute(new Shop(ShopId.of(UNTRAINED_ID), "New Shop", CAD)));
        cartwise.importCatalog.execute(shop, catalogue().iterator());
        cartwise.importOrders.execute(shop, orders().iterator());
        assertInstanceOf(TrainRecommender.Result.Trained.class, cartwise.trainRecommender.execute(
                new TrainRecommender.Command(shop, Optional.of(Metric.CO_OCCURRENCE.wireName()))));
        assertInstanceOf(TrainRecommender.Result.Trained.class, cartwise.trainRecommender.execute(
                new TrainRecommender.Command(shop, Optional.of(Metric.CONFIDENCE.wireName()))));
    }

    /** Cartwise's id of a variant, as the catalogue assigned it on import. */
    public static long variantId(InMemoryCartwise cartwise, String handle, String... optionValues) {
        return variant(cartwise, handle, optionValues).id();
    }

    public static Variant variant(InMemoryCartwise cartwise, String handle, String... optionValues) {
        return cartwise.catalog.all(ShopId.of(ID)).stream()
                .filter(v -> v.handle().equals(handle) && v.optionValues().equals(Arrays.asList(optionValues)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no variant " + handle + " " + Arrays.toString(optionValues)));
    }

    private static List<VariantRecord> catalogue() {
        Product skis = product("alpine-skis", "Alpine Skis");
        return List.of(
                new VariantRecord(skis, List.of("170"), "SKI-170", "", SKIS_170_SHOPIFY_ID, price("499.00"), Stock.tracked(4)),
                new VariantRecord(skis, List.of("180"), "SKI-180", "", 44002L, price("499.00"), Stock.tracked(2)),
                new VariantRecord(product("ski-wax", "Ski Wax"), List.of(), "WAX", "", null, price("12.50"), Stock.untracked()),
                new VariantRecord(product("ski-poles", "Ski Poles"), List.of("120"), "POLE-120", "", POLES_SHOPIFY_ID,
                        price("45.00"), Stock.tracked(10)),
                new VariantRecord(product("goggles", "Goggles"), List.of(), "", "", 44005L, price("89.99"), Stock.tracked(0)),
                new VariantRecord(product("helmet", "Helmet"), List.of("M"), "HELM-M", "", 44006L, price("120.00"), Stock.tracked(3)),
                new VariantRecord(product("ski-vise", "Ski Vise"), List.of(), "VISE", "", 44007L, price("60.00"), Stock.tracked(5)),
                new VariantRecord(product("wax-brush", "Wax Brush"), List.of(), "BRUSH", "", 44008L, price("15.00"), Stock.tracked(5)),
                new VariantRecord(product("wax-iron", "Wax Iron"), List.of(), "IRON", "", 44009L, price("80.00"), Stock.tracked(5)),
                new VariantRecord(product("wax-scraper", "Wax Scraper"), List.of(), "SCRAPER", "", 44010L, price("8.00"),
                        Stock.tracked(5)),
                new VariantRecord(product("ski-bag", "Ski Bag"), List.of(), "SKI-BAG", "", 44011L, price("70.00"), Stock.tracked(5)));
    }

    private static List<Order> orders() {
        return List.of(
                order(0, "#1001", bySku("SKI-170"), bySku("WAX"), bySku("POLE-120")),
                order(1, "#1002", byShopifyId(SKIS_170_SHOPIFY_ID), bySku("WAX")),
                order(2, "#1003", bySku("SKI-180"), bySku("WAX"), bySku("HELM-M")),
                order(3, "#1004", bySku("SKI-170"), byShopifyId(POLES_SHOPIFY_ID), byShopifyId(44005)),
                order(4, "#1005", bySku("HELM-M"), byShopifyId(44005)),
                order(5, "#1006", bySku("WAX"), bySku("VISE"), bySku("BRUSH"), bySku("IRON"), bySku("SCRAPER")));
    }

    private static Product product(String handle, String title) {
        return new Product(handle, title, "Alpine Co", "", List.of());
    }

    private static BigDecimal price(String amount) {
        return new BigDecimal(amount);
    }

    private static Order order(int day, String name, OrderLine... lines) {
        return new Order(name, FIRST_ORDER.plusSeconds(86_400L * day), CAD, List.of(lines));
    }

    private static OrderLine bySku(String sku) {
        return new OrderLine("", sku, null, 1, null);
    }

    private static OrderLine byShopifyId(long shopifyVariantId) {
        return new OrderLine("", "", shopifyVariantId, 1, null);
    }
}
