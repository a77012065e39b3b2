package com.cartwise.bootstrap.demo;

import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A realistic synthetic shop for demos and tests: an Alpine sports shop with a coffee bar, about
 * 350 products and a year of orders with real co-purchase structure. The same seed gives the
 * same shop, to the last order name; nothing is read from disk or network.
 */
public final class DemoShopGenerator {
    public static final long DEFAULT_SEED = 1001L;
    public static final ShopId SHOP_ID = ShopId.of("demo");
    public static final Currency CURRENCY = Currency.getInstance("EUR");
    private static final double SOLD_OUT = 0.04;
    private static final double SOLD_OUT_BUT_ORDERABLE = 0.01;

    private final long ordersSeed;
    private final long stockSeed;
    private final List<DemoProduct> products;
    private final List<DesignedBundle> bundles;

    public DemoShopGenerator(long seed) {
        // java.util.Random's algorithm is fixed by the JDK's specification, so a seed means the same
        // shop on every JVM. Each part draws from its own stream: a change to how orders are drawn
        // leaves the catalogue as it was.
        Random seeds = new Random(seed);
        Random catalogueRandom = new Random(seeds.nextLong());
        this.ordersSeed = seeds.nextLong();
        this.stockSeed = seeds.nextLong();
        this.products = new CatalogueBuilder(catalogueRandom).build(DemoCatalogue.LINES);
        this.bundles = BundleDesigner.design(products, DemoCatalogue.BUNDLES, catalogueRandom);
    }

    public DemoData generate() {
        Shop shop = new Shop(SHOP_ID, DemoCatalogue.SHOP_NAME, CURRENCY);
        List<Order> orders = new OrderSimulator(products, bundles, CURRENCY, new Random(ordersSeed)).simulate();
        return new DemoData(shop, variantsWithCurrentStock(), orders);
    }

    /**
     * The purchases designed into the orders: for every variant of an anchor product, the SKUs of
     * the variants its buyers take along (a ski in 170 cm: its binding and its wax). Insertion
     * ordered, anchors in catalogue order.
     */
    public Map<String, List<String>> designedComplements() {
        Map<String, List<String>> complements = new LinkedHashMap<>();
        bundles.forEach(b -> complements.putAll(b.complementSkus()));
        return complements;
    }

    /**
     * Stock as the export shows it today, after the year of sales: a few variants sold out, some of
     * them still orderable. Designed bundle variants stay in stock so the demo can recommend them.
     */
    private List<VariantRecord> variantsWithCurrentStock() {
        Set<String> designed = new HashSet<>();
        designedComplements().forEach((anchor, companions) -> {
            designed.add(anchor);
            designed.addAll(companions);
        });
        Random random = new Random(stockSeed);
        List<VariantRecord> variants = new ArrayList<>();
        for (DemoProduct product : products) {
            for (VariantRecord v : product.variants()) {
                double r = random.nextDouble();
                if (!v.stock().tracked() || designed.contains(v.sku()) || r >= SOLD_OUT + SOLD_OUT_BUT_ORDERABLE) {
                    variants.add(v);
                } else {
                    Stock soldOut = new Stock(true, 0, r < SOLD_OUT_BUT_ORDERABLE);
                    variants.add(new VariantRecord(
                            v.product(), v.optionValues(), v.sku(), v.barcode(), v.shopifyVariantId(), v.price(), soldOut));
                }
            }
        }
        return variants;
    }
}
