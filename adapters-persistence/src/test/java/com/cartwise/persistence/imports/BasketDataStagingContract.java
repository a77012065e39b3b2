package com.cartwise.persistence.imports;

import static com.cartwise.persistence.imports.ImportStagingContract.PLAIN;
import static com.cartwise.persistence.imports.ImportStagingContract.ids;
import static com.cartwise.persistence.testing.Fixtures.newShop;
import static com.cartwise.persistence.testing.Fixtures.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportRecord;
import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.MergeSummary;
import com.cartwise.domain.imports.OrderDate;
import com.cartwise.domain.imports.OrderHeader;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.Ports;
import com.cartwise.persistence.testing.Staged;
import com.cartwise.persistence.testing.Upload;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What every {@code ImportStaging} does with market-basket data, PostgreSQL's and the in-memory
 * fake alike: transaction files (an invoice's runs joined, cancellations and returns stored and
 * flagged) and one-basket-per-line files, whose unknown item codes become the shop's catalogue.
 */
public abstract class BasketDataStagingContract {
    private static final FileFacts INVOICES = new FileFacts(false, "without_offset", List.of(), 1, "InvoiceNo");

    protected abstract Ports ports();

    private static LineRecord item(long line, String code, String name, int quantity, String price) {
        return new LineRecord(new SourceRow(0, line), name, code, null, quantity, price == null ? null : new BigDecimal(price), null,
                null, "", false, true);
    }

    private static OrderRecord invoice(String name, String placedAt, LineRecord... lines) {
        OrderDate placed = OrderDate.exactly(Instant.parse(placedAt));
        Optional<OrderDate> cancelled = name.startsWith("C") ? Optional.of(placed) : Optional.empty();
        return new OrderRecord(lines[0].source(), name, new OrderHeader(placed, Optional.empty(), cancelled, "", Optional.empty(), "",
                Optional.empty(), "", "17850"), List.of(lines));
    }

    /**
     * Seven rows: invoice 536365 on lines 2-3 and again on line 6 (its runs are one invoice), a
     * cancellation, a returned line, an item the file gives no price. 71053 costs 3.39, then 3.49.
     */
    private static List<ImportRecord> retailFile() {
        return List.of(
                invoice("536365", "2010-12-01T08:26:00Z", item(2, "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 6, "2.55"),
                        item(3, "71053", "WHITE METAL LANTERN", 6, "3.39")),
                invoice("C536379", "2010-12-01T09:41:00Z", item(4, "D", "Discount", -1, "27.50")),
                invoice("536366", "2010-12-01T08:28:00Z", item(5, "22633", "HAND WARMER UNION JACK", 6, "1.85")),
                invoice("536365", "2010-12-01T08:26:00Z", item(6, "71053", "WHITE METAL LANTERN", 2, "3.49")),
                invoice("536367", "2010-12-01T08:34:00Z", item(7, "22633", "HAND WARMER UNION JACK", -2, "1.85")),
                invoice("536368", "2010-12-01T08:40:00Z", item(8, "BREAD", "Bread", 1, null)));
    }

    private Upload transactions(ShopId shop) {
        return Upload.to(ports(), shop).file("online_retail.csv", UploadFormat.TRANSACTIONS, INVOICES, retailFile());
    }

    /** Each variant as "title @ price" ("@ no price" for an item that came without one), by SKU. */
    private Map<String, String> items(ShopId shop) {
        return ports().allVariants(shop).stream().collect(Collectors.toMap(Variant::sku,
                v -> v.productTitle() + " @ " + (v.priceGiven() ? v.price().amountText() : "no price " + v.price().amountText())
                        + (v.stock().tracked() ? " tracked" : ""), (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, Long> counts(Object... namesAndCounts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < namesAndCounts.length; i += 2) {
            counts.put((String) namesAndCounts[i], ((Number) namesAndCounts[i + 1]).longValue());
        }
        return counts;
    }

    @Test
    void aTransactionFileIsTheShopsCatalogueAndItsInvoicesOrdersWithCancellationsAndReturnsFlagged() {
        ShopId shop = newShop(ports().shops(), "GBP");

        MergeSummary merged = transactions(shop).merge();

        // Five invoices (536365's two runs are one), seven lines; the cancellation and the return are counted, not refused.
        assertEquals(counts("orders_added", 5, "orders_replaced", 0, "orders_unchanged", 0, "lines", 7, "cancelled_orders", 1,
                "returned_lines", 2, "refunded_lines", 0, "unmatched_lines", 0, "items_added", 5, "items_without_price", 1),
                merged.countsPerFile().getFirst());
        // Each item priced by the last price the file gives it; untracked, so it stays offerable.
        assertEquals(Map.of("22633", "HAND WARMER UNION JACK @ 1.85", "71053", "WHITE METAL LANTERN @ 3.49",
                "85123A", "WHITE HANGING HEART T-LIGHT HOLDER @ 2.55", "BREAD", "Bread @ no price 0", "D", "Discount @ 27.50"), items(shop));
    }

    @Test
    void anItemsPriceIsTheLastAboveZeroSinceALineAtZeroWasGivenAwayInItsOrder() {
        ShopId shop = newShop(ports().shops(), "GBP");

        MergeSummary merged = Upload.to(ports(), shop).file("online_retail.csv", UploadFormat.TRANSACTIONS, INVOICES,
                invoice("536370", "2010-12-01T08:45:00Z", item(2, "22633", "HAND WARMER UNION JACK", 6, "2.10"),
                        item(3, "BAG", "CARRIER BAG", 1, "0.00")),
                invoice("536371", "2010-12-01T09:00:00Z", item(4, "22633", "HAND WARMER UNION JACK", 1, "0.00"))).merge();

        assertEquals(1L, merged.countsPerFile().getFirst().get("items_without_price"));
        assertEquals(Map.of("22633", "HAND WARMER UNION JACK @ 2.10", "BAG", "CARRIER BAG @ no price 0"), items(shop));
    }

    @Test
    void theBasketsOfATransactionFileLeaveOutCancellationsAndReturnedLines() {
        ShopId shop = newShop(ports().shops(), "GBP");
        transactions(shop).merge();
        Map<String, Long> ids = ids(ports(), shop);

        // 536365's later run adds 71053 again, one basket item; 536367 returned its only line and C536379 was cancelled.
        assertEquals(List.of(
                new Basket(Instant.parse("2010-12-01T08:26:00Z"), ids.get("85123A"), ids.get("71053")),
                new Basket(Instant.parse("2010-12-01T08:28:00Z"), ids.get("22633")),
                new Basket(Instant.parse("2010-12-01T08:40:00Z"), ids.get("BREAD"))), ports().orderHistory().baskets(shop).baskets());
    }

    @Test
    void theSameTransactionFileAgainChangesNothing() {
        ShopId shop = newShop(ports().shops(), "GBP");
        transactions(shop).merge();

        MergeSummary again = transactions(shop).merge();

        assertEquals(List.of(0L, 5L, 0L, 0L), List.of("orders_added", "orders_unchanged", "orders_replaced", "items_added").stream()
                .map(again.countsPerFile().getFirst()::get).toList());
        assertEquals(false, again.ordersChanged());
    }

    /** The basket on a line of groceries.csv, dated as the reader dates undated baskets: a second per line from 2000. */
    private static OrderRecord basket(long line, String... items) {
        SourceRow source = new SourceRow(0, line);
        List<LineRecord> lines = Arrays.stream(items)
                .map(i -> new LineRecord(source, i, i, null, 1, null, null, null, "", false, true)).toList();
        return new OrderRecord(source, "groceries.csv:" + line,
                OrderHeader.placedAt(OrderDate.exactly(Instant.parse("2000-01-01T00:00:00Z").plusSeconds(line - 1))), lines);
    }

    private Upload groceries(ShopId shop) {
        return Upload.to(ports(), shop).file("groceries.csv", UploadFormat.BASKET_LINES, PLAIN,
                basket(1, "whole milk", "yogurt"), basket(2, "coffee"), basket(3, "yogurt", "coffee", "yogurt"));
    }

    @Test
    void aBasketFileAddsTheItemsTheCatalogueLacksAndUsesTheVariantsItHas() {
        ShopId shop = newShop(ports().shops(), "EUR");
        Staged.catalogue(ports(), shop, List.of(variant("coffee-beans", "Coffee Beans", "coffee", "9.90")).iterator());

        MergeSummary merged = groceries(shop).merge();

        assertEquals(counts("orders_added", 3, "orders_replaced", 0, "orders_unchanged", 0, "lines", 6, "cancelled_orders", 0,
                "returned_lines", 0, "refunded_lines", 0, "unmatched_lines", 0, "items_added", 2, "items_without_price", 2),
                merged.countsPerFile().getFirst());
        assertEquals(Map.of("coffee", "Coffee Beans @ 9.90 tracked", "whole milk", "whole milk @ no price 0", "yogurt", "yogurt @ no price 0"),
                items(shop));
        Map<String, Long> ids = ids(ports(), shop);
        assertEquals(List.of(
                new Basket(Instant.parse("2000-01-01T00:00:00Z"), ids.get("whole milk"), ids.get("yogurt")),
                new Basket(Instant.parse("2000-01-01T00:00:01Z"), ids.get("coffee")),
                new Basket(Instant.parse("2000-01-01T00:00:02Z"), ids.get("yogurt"), ids.get("coffee"))),
                ports().orderHistory().baskets(shop).baskets());
    }

    @Test
    void theSameBasketFileAgainLeavesItsOwnOrdersUnchanged() {
        ShopId shop = newShop(ports().shops(), "EUR");
        groceries(shop).merge();

        MergeSummary again = groceries(shop).merge();

        assertEquals(List.of(0L, 3L, 0L), List.of("orders_added", "orders_unchanged", "items_added").stream()
                .map(again.countsPerFile().getFirst()::get).toList());
        assertEquals(3, ports().orderHistory().baskets(shop).orders());
    }

    @Test
    void aProductsExportGivesThePricesOfItemsThatCameWithoutOneAndAFreeGiftsPriceIsGivenToo() {
        ShopId shop = newShop(ports().shops(), "EUR");
        groceries(shop).merge();

        // matched by SKU: the items keep their ids (and their orders), now with the merchant's prices
        Staged.catalogue(ports(), shop, List.of(variant("whole-milk", "Whole Milk", "whole milk", "1.19"),
                variant("yogurt-sample", "Yogurt Sample", "yogurt", "0.00")).iterator());

        assertEquals(Map.of("coffee", "coffee @ no price 0", "whole milk", "Whole Milk @ 1.19 tracked",
                "yogurt", "Yogurt Sample @ 0.00 tracked"), items(shop));
        assertEquals(3, ports().orderHistory().baskets(shop).orders());
    }
}
