package com.cartwise.persistence.imports;

import static com.cartwise.persistence.imports.ImportStagingContract.PLAIN;
import static com.cartwise.persistence.imports.ImportStagingContract.places;
import static com.cartwise.persistence.testing.Fixtures.newShop;
import static com.cartwise.persistence.testing.Fixtures.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.MergeSummary;
import com.cartwise.domain.imports.OrderDate;
import com.cartwise.domain.imports.OrderHeader;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.RunInventoryRow;
import com.cartwise.domain.imports.RunProductRow;
import com.cartwise.domain.imports.RunVariantRow;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.Fixtures;
import com.cartwise.persistence.testing.Ports;
import com.cartwise.persistence.testing.Staged;
import com.cartwise.persistence.testing.Upload;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@code ImportStaging} does with the reference bundle generator's four files, uploaded
 * and committed together, PostgreSQL's and the in-memory fake alike: products and variants by
 * their Shopify ids, stock by inventory item, orders whose lines name variants by Shopify id.
 */
public abstract class RunLayoutStagingContract {
    private static final FileFacts ORDERS = new FileFacts(false, "with_offset", List.of(), 1, "order_id");

    protected abstract Ports ports();

    private static RunProductRow product(long line, long productId, String handle, String title) {
        return new RunProductRow(new SourceRow(0, line), productId, new Product(handle, title, "Rieker", "Shoes", List.of("winter"),
                ProductStatus.ACTIVE, "Shoes", List.of("Winter"), Optional.empty()), Optional.empty());
    }

    private static RunVariantRow variantRow(long line, long variantId, long productId, String sku, String title, String price,
                                            long inventoryItem) {
        return new RunVariantRow(new SourceRow(1, line), variantId, productId, sku, title, new BigDecimal(price), null, null,
                inventoryItem);
    }

    private static RunInventoryRow stock(long line, long inventoryItem, String location, int available) {
        return new RunInventoryRow(new SourceRow(2, line), inventoryItem, location, available);
    }

    private static OrderRecord order(long line, String name, String createdAt, long... variantIds) {
        List<LineRecord> lines = new ArrayList<>();
        for (int i = 0; i < variantIds.length; i++) {
            lines.add(new LineRecord(new SourceRow(3, line + i), "", "", variantIds[i], 1, new BigDecimal("10.00"), null, null, "",
                    false, false));
        }
        return new OrderRecord(new SourceRow(3, line), name, OrderHeader.placedAt(OrderDate.exactly(Instant.parse(createdAt))), lines);
    }

    /** A boot in size 42 / Black (5 in stock at two locations) and a wax (none), and two orders naming them by Shopify id. */
    private Upload run(ShopId shop) {
        return Upload.to(ports(), shop)
                .file("catalog_joined.csv", UploadFormat.RUN_CATALOG, PLAIN,
                        product(2, 7001, "ski-boot", "Ski Boot"), product(3, 7002, "ski-wax", "Ski Wax"))
                .file("variants.csv", UploadFormat.RUN_VARIANTS, PLAIN,
                        variantRow(2, 44001, 7001, "BOOT-42", "42 / Black", "199.00", 55001),
                        variantRow(3, 44002, 7002, "WAX", "Default Title", "12.50", 55002))
                .file("inventory_levels.csv", UploadFormat.RUN_INVENTORY_LEVELS, PLAIN,
                        stock(2, 55001, "Main Store", 3), stock(3, 55001, "Warehouse", 2), stock(4, 55002, "Main Store", 0))
                .file("orders.csv", UploadFormat.RUN_ORDERS, ORDERS,
                        order(2, "5001", "2024-03-04T10:00:00Z", 44001, 44002), order(4, "5002", "2024-03-05T10:00:00Z", 44002));
    }

    private static Variant expected(long id, String handle, List<String> options, String sku, long shopifyId, String title,
                                   String price, Stock stock) {
        return new Variant(id, handle, options, sku, shopifyId, title, Money.of(price, "EUR"), stock, ProductStatus.ACTIVE);
    }

    @Test
    void theFourFilesMakeTheShopsCatalogueStockAndOrdersTogether() {
        ShopId shop = newShop(ports().shops(), "EUR");

        MergeSummary merged = run(shop).merge();

        assertEquals(List.of(
                Map.of("products_added", 2L, "products_updated", 0L),
                Map.of("variants_added", 2L, "variants_updated", 0L),
                Map.of("stock_levels", 3L, "variants_restocked", 2L),
                Map.of("orders_added", 2L, "orders_replaced", 0L, "orders_unchanged", 0L, "lines", 3L, "cancelled_orders", 0L,
                        "returned_lines", 0L, "refunded_lines", 0L, "unmatched_lines", 0L)), merged.countsPerFile());
        List<Variant> variants = ports().allVariants(shop);
        long boot = variants.get(0).id();
        long wax = variants.get(1).id();
        // A variant's options are its title's parts; stock is what inventory_levels.csv gives at its locations together.
        assertEquals(List.of(
                expected(boot, "ski-boot", List.of("42", "Black"), "BOOT-42", 44001, "Ski Boot", "199.00", Stock.tracked(5)),
                expected(wax, "ski-wax", List.of("Default Title"), "WAX", 44002, "Ski Wax", "12.50", Stock.tracked(0))), variants);
        assertEquals(List.of(new Basket(Instant.parse("2024-03-04T10:00:00Z"), boot, wax),
                new Basket(Instant.parse("2024-03-05T10:00:00Z"), wax)), ports().orderHistory().baskets(shop).baskets());
    }

    @Test
    void theSameFourFilesAgainUpdateTheSameProductsAndVariantsAndLeaveTheOrdersUnchanged() {
        ShopId shop = newShop(ports().shops(), "EUR");
        run(shop).merge();
        List<Variant> before = ports().allVariants(shop);

        MergeSummary again = run(shop).merge();

        assertEquals(Map.of("products_added", 0L, "products_updated", 2L), again.countsPerFile().get(0));
        assertEquals(Map.of("variants_added", 0L, "variants_updated", 2L), again.countsPerFile().get(1));
        assertEquals(2L, again.countsPerFile().get(3).get("orders_unchanged"));
        assertEquals(before, ports().allVariants(shop));
    }

    @Test
    void aShopifyOrdersExportFindsTheFilesVariantsByTheLineNamesShopifyGivesThem() {
        // The run files give no line names: they are made from the product's title and the variant's
        // options as Shopify writes a line item's name ("Ski Boot - 42 / Black", the title alone for
        // a default variant), the same rule whichever file brought the variant.
        ShopId shop = newShop(ports().shops(), "EUR");
        run(shop).merge();
        List<Variant> variants = ports().allVariants(shop);

        MergeSummary merged = Staged.merge(ports(), shop, UploadFormat.SHOPIFY_ORDERS, Staged.orderRecords(List.of(
                Fixtures.order("#9001", "2024-03-06T10:00:00Z", Fixtures.line("Ski Boot - 42 / Black", ""),
                        Fixtures.line("Ski Wax", ""))).iterator()));

        assertEquals(0L, merged.countsPerFile().getFirst().get("unmatched_lines"));
        assertEquals(new Basket(Instant.parse("2024-03-06T10:00:00Z"), variants.get(0).id(), variants.get(1).id()),
                ports().orderHistory().baskets(shop).baskets().getLast());
        assertEquals(List.of("Ski Boot - 42 / Black", "Ski Wax"), variants.stream().map(Variant::lineName).toList());
    }

    @Test
    void aBlankPartOfAVariantsTitleIsNoOptionAndNoPartOfItsLineName() {
        // "42 /   / Black": a spreadsheet's empty middle option. Its title and line name are the
        // ones Shopify would write for options 42 and Black, in the database as in Java.
        ShopId shop = newShop(ports().shops(), "EUR");
        Upload.to(ports(), shop)
                .file("catalog_joined.csv", UploadFormat.RUN_CATALOG, PLAIN, product(2, 7001, "ski-boot", "Ski Boot"))
                .file("variants.csv", UploadFormat.RUN_VARIANTS, PLAIN,
                        variantRow(2, 44001, 7001, "BOOT-42", "42 /   / Black", "199.00", 55001))
                .merge();
        Variant boot = ports().allVariants(shop).getFirst();

        MergeSummary merged = Staged.merge(ports(), shop, UploadFormat.SHOPIFY_ORDERS, Staged.orderRecords(List.of(
                Fixtures.order("#9001", "2024-03-06T10:00:00Z", Fixtures.line("Ski Boot - 42 / Black", ""))).iterator()));

        assertEquals(List.of("42", "Black"), boot.optionValues());
        assertEquals(0L, merged.countsPerFile().getFirst().get("unmatched_lines"));
        assertEquals(new Basket(Instant.parse("2024-03-06T10:00:00Z"), boot.id()),
                ports().orderHistory().baskets(shop).baskets().getLast());
    }

    @Test
    void aVariantTheShopHasFromItsProductsExportStaysTheSameVariantWhenTheFilesNameItByShopifyId() {
        ShopId shop = newShop(ports().shops(), "EUR");
        Staged.catalogue(ports(), shop, List.of(variant("ski-boot", "Ski Boot", "BOOT-42", "180.00", "42", "Black")).iterator());
        long boot = ports().allVariants(shop).getFirst().id();

        MergeSummary merged = run(shop).merge();

        assertEquals(Map.of("products_added", 1L, "products_updated", 1L), merged.countsPerFile().get(0));
        assertEquals(Map.of("variants_added", 1L, "variants_updated", 1L), merged.countsPerFile().get(1));
        Variant updated = ports().allVariants(shop).getFirst();
        assertEquals(List.of(boot, 44001L, "199.00"), List.of(updated.id(), updated.shopifyVariantId(), updated.price().amountText()));
    }

    @Test
    void aVariantOfAProductNeitherTheUploadNorTheShopHasRefusesTheUploadAtItsRow() {
        ShopId shop = newShop(ports().shops(), "EUR");

        List<String> problems = places(Upload.to(ports(), shop)
                .file("catalog_joined.csv", UploadFormat.RUN_CATALOG, PLAIN, product(2, 7001, "ski-boot", "Ski Boot"))
                .file("variants.csv", UploadFormat.RUN_VARIANTS, PLAIN,
                        variantRow(2, 44001, 7001, "BOOT-42", "42 / Black", "199.00", 55001),
                        variantRow(3, 44003, 7999, "GOG", "Default Title", "80.00", 55003))
                .problems(false));

        assertEquals(List.of("variants.csv:3:0"), problems);
        assertEquals(List.of(), ports().allVariants(shop));
    }

    @Test
    void stockOfAnInventoryItemNoVariantHasRefusesTheUploadAtItsRow() {
        ShopId shop = newShop(ports().shops(), "EUR");

        List<String> problems = places(Upload.to(ports(), shop)
                .file("catalog_joined.csv", UploadFormat.RUN_CATALOG, PLAIN, product(2, 7001, "ski-boot", "Ski Boot"))
                .file("variants.csv", UploadFormat.RUN_VARIANTS, PLAIN, variantRow(2, 44001, 7001, "BOOT-42", "42", "199.00", 55001))
                .file("inventory_levels.csv", UploadFormat.RUN_INVENTORY_LEVELS, PLAIN,
                        stock(2, 55001, "Main Store", 3), stock(3, 55999, "Main Store", 1))
                .problems(false));

        assertEquals(List.of("inventory_levels.csv:3:0"), problems);
    }

    @Test
    void aProductListedTwiceRefusesTheUploadAtTheSecondListing() {
        ShopId shop = newShop(ports().shops(), "EUR");

        List<String> problems = places(Upload.to(ports(), shop)
                .file("catalog_joined.csv", UploadFormat.RUN_CATALOG, PLAIN,
                        product(2, 7001, "ski-boot", "Ski Boot"), product(3, 7002, "ski-wax", "Ski Wax"),
                        product(4, 7001, "ski-boot", "Ski Boot"))
                .problems(false));

        assertEquals(List.of("catalog_joined.csv:4:0"), problems);
    }
}
