package com.cartwise.persistence.sales;

import static com.cartwise.persistence.testing.Fixtures.newShop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.bundles.enrichment.CatalogEntry;
import com.cartwise.domain.bundles.enrichment.Catalogue;
import com.cartwise.domain.bundles.enrichment.OrderSale;
import com.cartwise.domain.bundles.enrichment.SaleLine;
import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.imports.ImportRecord;
import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.OrderDate;
import com.cartwise.domain.imports.OrderHeader;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.Ports;
import com.cartwise.persistence.testing.Staged;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What every {@code ShopSales} does, the in-memory one and PostgreSQL's alike. */
abstract class ShopSalesContract {
    private static final Instant LAUNCHED = Instant.parse("2024-02-20T00:00:00Z");
    private static final Instant MONDAY = Instant.parse("2024-03-04T10:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2024-03-05T10:00:00Z");

    protected abstract Ports ports();

    private static VariantRecord record(Product product, List<String> options, String sku, String price, String compareAt, String cost,
                                        Stock stock) {
        return new VariantRecord(product, options, sku, "", null, new BigDecimal(price), stock,
                compareAt == null ? null : new BigDecimal(compareAt), cost == null ? null : new BigDecimal(cost), null);
    }

    /** Skis in two lengths (product type "Skis", launched, cost known), wax (categorised only), a draft hat. */
    private Map<String, Long> stock(ShopId shop) {
        Product skis = new Product("skis", "Alpine Skis", "Rossi", "Skis", List.of("winter", "race"), ProductStatus.ACTIVE,
                "Sporting Goods > Winter Sports > Skis", List.of(), Optional.of(LAUNCHED));
        Product wax = new Product("wax", "Ski Wax", "Swix", "", List.of(), ProductStatus.ACTIVE,
                "Sporting Goods > Winter Sports > Ski Care", List.of(), Optional.empty());
        Product hat = new Product("hat", "Hat", "", "Hats", List.of(), ProductStatus.DRAFT);
        Staged.catalogue(ports(), shop, List.of(
                record(skis, List.of("160"), "SKI-160", "400.00", "450.00", "210.00", Stock.tracked(4)),
                record(skis, List.of("170"), "SKI-170", "400.00", null, "210.00", new Stock(true, 0, true)),
                record(wax, List.of(), "WAX", "12.50", null, null, Stock.untracked()),
                record(hat, List.of(), "HAT", "20.00", null, null, Stock.tracked(9))).iterator());
        return ports().allVariants(shop).stream().collect(Collectors.toMap(Variant::sku, Variant::id));
    }

    @Test
    void theCatalogueHoldsEveryVariantWithWhatBundleGenerationNeeds() {
        ShopId shop = newShop(ports().shops(), "CHF");
        Map<String, Long> ids = stock(shop);

        Catalogue catalogue = ports().shopSales().catalogue(shop);

        assertEquals(Currency.getInstance("CHF"), catalogue.currency());
        List<CatalogEntry> entries = catalogue.entries().stream().sorted(Comparator.comparingLong(CatalogEntry::variantId)).toList();
        assertEquals(List.of(
                new CatalogEntry(ids.get("SKI-160"), "skis", "Alpine Skis", "160", new BigDecimal("400.00"), new BigDecimal("450.00"),
                        new BigDecimal("210.00"), Stock.tracked(4), "Skis", "Rossi", List.of("winter", "race"), LAUNCHED, true),
                new CatalogEntry(ids.get("SKI-170"), "skis", "Alpine Skis", "170", new BigDecimal("400.00"), null,
                        new BigDecimal("210.00"), new Stock(true, 0, true), "Skis", "Rossi", List.of("winter", "race"), LAUNCHED, true),
                new CatalogEntry(ids.get("WAX"), "wax", "Ski Wax", "Default Title", new BigDecimal("12.50"), null, null, Stock.untracked(),
                        "Ski Care", "Swix", List.of(), null, true),
                new CatalogEntry(ids.get("HAT"), "hat", "Hat", "Default Title", new BigDecimal("20.00"), null, null, Stock.tracked(9),
                        "Hats", "", List.of(), null, false)), entries);
    }

    @Test
    void salesAreTheOrdersThatCountOldestFirstWithTheirResolvedLines() {
        ShopId shop = newShop(ports().shops(), "EUR");
        Map<String, Long> ids = stock(shop);
        List<ImportRecord> records = new ArrayList<>();
        // #1002 is older than #1001; #1003 is cancelled; #1004 holds only lines that sell nothing.
        records.add(order("#1001", TUESDAY, null, line(3, "SKI-160", 1, "400.00", "40.00", false),
                line(4, "GIFT", 1, "25.00", null, false), line(5, "WAX", 2, "12.50", null, false)));
        records.add(order("#1002", MONDAY, null, line(7, "WAX", 1, null, null, false), line(8, "HAT", 1, "20.00", null, true)));
        records.add(order("#1003", MONDAY, MONDAY, line(10, "SKI-170", 1, "400.00", null, false)));
        records.add(order("#1004", TUESDAY, null, line(12, "SKI-170", -1, "400.00", null, false), line(13, "GIFT", 1, "25.00", null, false)));
        Staged.merge(ports(), shop, UploadFormat.SHOPIFY_ORDERS, records);

        List<OrderSale> sales = ports().shopSales().orders(shop);

        assertEquals(List.of(
                new OrderSale(MONDAY, List.of(new SaleLine(ids.get("WAX"), 1, null, null))),
                new OrderSale(TUESDAY, List.of(new SaleLine(ids.get("SKI-160"), 1, new BigDecimal("400.00"), new BigDecimal("40.00")),
                        new SaleLine(ids.get("WAX"), 2, new BigDecimal("12.50"), null)))), sales);
    }

    private static OrderRecord order(String name, Instant placed, Instant cancelled, LineRecord... lines) {
        return new OrderRecord(new SourceRow(0, lines[0].source().line()), name, new OrderHeader(OrderDate.exactly(placed),
                Optional.of(Currency.getInstance("EUR")), Optional.ofNullable(cancelled).map(OrderDate::exactly), "", Optional.empty(), "",
                Optional.empty(), "", ""), List.of(lines));
    }

    private static LineRecord line(long fileLine, String sku, int quantity, String price, String discount, boolean refunded) {
        return new LineRecord(new SourceRow(0, fileLine), "", sku, null, quantity, price == null ? null : new BigDecimal(price), null,
                discount == null ? null : new BigDecimal(discount), "", refunded, false);
    }
}
