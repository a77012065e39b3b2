package com.cartwise.persistence.orders;

import static com.cartwise.persistence.testing.Fixtures.line;
import static com.cartwise.persistence.testing.Fixtures.lineWithShopifyId;
import static com.cartwise.persistence.testing.Fixtures.manyOrders;
import static com.cartwise.persistence.testing.Fixtures.newShop;
import static com.cartwise.persistence.testing.Fixtures.order;
import static com.cartwise.persistence.testing.Fixtures.product;
import static com.cartwise.persistence.testing.Fixtures.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.application.port.OrderHistory;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.MergeSummary;
import com.cartwise.domain.imports.OrderDate;
import com.cartwise.domain.imports.OrderHeader;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.orders.OrderLine;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.Ports;
import com.cartwise.persistence.testing.Staged.OrdersImported;
import com.cartwise.persistence.testing.Staged;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What every {@code OrderHistory} does, the in-memory one and PostgreSQL's alike. */
public abstract class OrderHistoryContract {
    private static final String MONDAY = "2024-03-04T10:00:00Z";
    private static final String TUESDAY = "2024-03-05T10:00:00Z";
    private static final String WEDNESDAY = "2024-03-06T10:00:00Z";

    protected abstract Ports ports();

    /** The history under test: the ports' own unless a test reads it another way. */
    protected OrderHistory orderHistory() {
        return ports().orderHistory();
    }

    private OrdersImported recording(ShopId shop, Order... orders) {
        return Staged.orders(ports(), shop, List.of(orders).iterator());
    }

    /** Stocks the shop's catalogue and answers its variants' ids by SKU, or by line name when they have none. */
    private Map<String, Long> catalogue(ShopId shop, VariantRecord... records) {
        Staged.catalogue(ports(), shop, List.of(records).iterator());
        Map<String, Long> ids = new HashMap<>();
        for (Variant variant : ports().allVariants(shop)) {
            ids.put(variant.skuIfAny().orElse(variant.lineName()), variant.id());
        }
        return ids;
    }

    private static Basket basket(String placedAt, long... variantIds) {
        return new Basket(Instant.parse(placedAt), variantIds);
    }

    @Test
    void anOrderImportedAgainReplacesItself() {
        ShopId shop = newShop(ports().shops(), "EUR");
        Map<String, Long> ids = catalogue(shop,
                variant("boot", "Boot", "BOOT", "100"), variant("wax", "Wax", "WAX", "9"),
                variant("sock", "Sock", "SOCK", "5"));
        recording(shop, order("#1001", MONDAY, line("Boot", "BOOT"), line("Wax", "WAX")));

        OrdersImported again = recording(shop, order("#1001", TUESDAY, line("Sock", "SOCK")));

        assertEquals(new OrdersImported(1, 0, 1, 0, 1), again);
        BasketHistory history = orderHistory().baskets(shop);
        assertEquals(List.of(basket(TUESDAY, ids.get("SOCK"))), history.baskets());
        assertEquals(1, history.orders());
        assertEquals(1, history.lines());
    }

    @Test
    void anOrderImportedAgainAsItWasIsLeftUnchanged() {
        ShopId shop = newShop(ports().shops(), "EUR");
        Map<String, Long> ids = catalogue(shop, variant("boot", "Boot", "BOOT", "100"), variant("wax", "Wax", "WAX", "9"));
        Order order = order("#1001", MONDAY, line("Boot", "BOOT"), line("Wax", "WAX"));
        recording(shop, order);

        OrdersImported again = recording(shop, order);

        assertEquals(new OrdersImported(2, 0, 0, 1, 2), again);
        assertEquals(List.of(basket(MONDAY, ids.get("BOOT"), ids.get("WAX"))), orderHistory().baskets(shop).baskets());
    }

    @Test
    void anOrderWhoseLineChangedOnlyInQuantityIsReplaced() {
        ShopId shop = newShop(ports().shops(), "EUR");
        catalogue(shop, variant("wax", "Wax", "WAX", "9"));
        recording(shop, order("#1001", MONDAY, line("Wax", "WAX")));

        OrdersImported again = recording(shop, new Order("#1001", Instant.parse(MONDAY), Currency.getInstance("EUR"),
                List.of(new OrderLine("Wax", "WAX", null, 2, new BigDecimal("9")))));

        assertEquals(new OrdersImported(1, 0, 1, 0, 1), again);
    }

    @Test
    void theBasketsAfterAnOrderNumberAreTheOrdersImportedSinceIt() {
        ShopId shop = newShop(ports().shops(), "EUR");
        Map<String, Long> ids = catalogue(shop, variant("boot", "Boot", "BOOT", "100"), variant("wax", "Wax", "WAX", "9"));
        recording(shop, order("#1001", TUESDAY, line("Boot", "BOOT")), order("#1002", TUESDAY, line("Wax", "WAX")));
        recording(shop, order("#1003", MONDAY, line("Wax", "WAX"), line("Boot", "BOOT")));

        BasketHistory later = orderHistory().baskets(shop, 2);

        assertEquals(List.of(basket(MONDAY, ids.get("WAX"), ids.get("BOOT"))), later.baskets());
        assertEquals(1, later.orders());
    }

    @Test
    void theOrdersAnImportAddsBesideOnesItReplacesAreExactlyTheOnesAfterTheNumberItReports() {
        ShopId shop = newShop(ports().shops(), "EUR");
        Map<String, Long> ids = catalogue(shop, variant("boot", "Boot", "BOOT", "100"), variant("wax", "Wax", "WAX", "9"),
                variant("sock", "Sock", "SOCK", "5"));
        recording(shop, order("#1001", MONDAY, line("Boot", "BOOT")), order("#1002", MONDAY, line("Wax", "WAX")));

        // #1001 changed (replaced), #1003 new, #1002 as it was.
        MergeSummary merged = Staged.merge(ports(), shop, UploadFormat.SHOPIFY_ORDERS, Staged.orderRecords(List.of(
                order("#1001", TUESDAY, line("Sock", "SOCK")), order("#1003", WEDNESDAY, line("Boot", "BOOT")),
                order("#1002", MONDAY, line("Wax", "WAX"))).iterator()));

        BasketHistory added = orderHistory().baskets(shop, merged.ordersAddedAfter().orElseThrow());
        assertEquals(List.of(basket(WEDNESDAY, ids.get("BOOT"))), added.baskets());
        assertEquals(List.of(basket(MONDAY, ids.get("WAX")), basket(TUESDAY, ids.get("SOCK")), basket(WEDNESDAY, ids.get("BOOT"))),
                orderHistory().baskets(shop).baskets());
    }

    @Test
    void anOrderSplitAcrossTheFileIsRefusedAtItsSecondListingAndNothingIsImported() {
        ShopId shop = newShop(ports().shops(), "EUR");
        catalogue(shop, variant("boot", "Boot", "BOOT", "100"), variant("wax", "Wax", "WAX", "9"));

        // #1001 on line 2, #1002 on lines 3-4, #1001 again on line 5.
        List<ImportProblem> problems = Staged.problems(ports(), shop, UploadFormat.SHOPIFY_ORDERS, Staged.orderRecords(List.of(
                order("#1001", MONDAY, line("Boot", "BOOT")),
                order("#1002", MONDAY, line("Boot", "BOOT"), line("Wax", "WAX")),
                order("#1001", MONDAY, line("Wax", "WAX"))).iterator()));

        assertEquals(List.of("orders_export.csv:5:1:Name"), problems.stream()
                .map(p -> p.file() + ":" + p.line() + ":" + p.column() + ":" + p.columnName()).toList());
        assertEquals(0, orderHistory().baskets(shop).orders());
    }

    @Test
    void basketsComeOldestFirstAndTiesGoByName() {
        ShopId shop = newShop(ports().shops(), "EUR");
        Map<String, Long> ids = catalogue(shop,
                variant("a", "A", "A", "1"), variant("b", "B", "B", "1"), variant("c", "C", "C", "1"),
                variant("d", "D", "D", "1"), variant("e", "E", "E", "1"), variant("f", "F", "F", "1"));
        recording(shop,
                order("b", TUESDAY, line("", "E")),
                order("#1002", TUESDAY, line("", "C")),
                order("B", TUESDAY, line("", "D")),
                order("#1001", WEDNESDAY, line("", "F")),
                order("#999", MONDAY, line("", "A")),
                order("#1001-1", TUESDAY, line("", "B")));

        List<Long> firstVariants = orderHistory().baskets(shop).baskets().stream()
                .map(b -> b.variantId(0)).toList();

        // Ties by code point, as String.compareTo: '#' < 'B' < 'b'. A locale's collation would differ.
        assertEquals(List.of("A", "B", "C", "D", "E", "F").stream().map(ids::get).toList(), firstVariants);
    }

    @Test
    void linesResolveByShopifyVariantIdFirst() {
        ShopId shop = newShop(ports().shops(), "EUR");
        Map<String, Long> ids = catalogue(shop,
                variant(product("boot", "Boot"), List.of(), "BOOT", 901L, "100", Stock.tracked(1)),
                variant("wax", "Wax", "WAX", "9"));

        recording(shop, order("#1", MONDAY, lineWithShopifyId("Wax", "WAX", 901)));

        assertEquals(List.of(basket(MONDAY, ids.get("BOOT"))), orderHistory().baskets(shop).baskets());
    }

    @Test
    void linesResolveBySkuThenByName() {
        ShopId shop = newShop(ports().shops(), "EUR");
        Map<String, Long> ids = catalogue(shop,
                variant("boot", "Boot", "BOOT", "100", "40"),
                variant("wax", "Wax", "", "9"));

        recording(shop, order("#1", MONDAY,
                line("Boot - 41", "BOOT"),       // the SKU wins over a name no variant has
                line("Wax", ""),                 // no SKU: the name
                line("Wax", "GONE"),             // an unknown SKU: still the name
                lineWithShopifyId("Wax", "", 12345))); // an unknown Shopify id: still the name

        BasketHistory history = orderHistory().baskets(shop);
        assertEquals(List.of(basket(MONDAY, ids.get("BOOT"), ids.get("Wax"))), history.baskets());
        assertEquals(4, history.lines());
        assertEquals(0, history.unresolvedLines());
    }

    @Test
    void aSkuSharedByTwoVariantsResolvesByName() {
        ShopId shop = newShop(ports().shops(), "EUR");
        catalogue(shop,
                variant("boot", "Boot", "SHARED", "100", "40"),
                variant("boot", "Boot", "SHARED", "100", "41"));
        Map<String, Long> byLineName = ports().allVariants(shop).stream()
                .collect(Collectors.toMap(Variant::lineName, Variant::id));

        recording(shop, order("#1", MONDAY, line("Boot - 41", "SHARED"), line("Boot - 42", "SHARED")));

        BasketHistory history = orderHistory().baskets(shop);
        assertEquals(List.of(basket(MONDAY, byLineName.get("Boot - 41"))), history.baskets());
        assertEquals(1, history.unresolvedLines());
    }

    @Test
    void aNameSharedByTwoVariantsResolvesNothing() {
        ShopId shop = newShop(ports().shops(), "EUR");
        // Two products with the same title: their default variants share the line name "Wax".
        catalogue(shop, variant("wax", "Wax", "", "9"), variant("wax-2", "Wax", "", "9"));

        recording(shop, order("#1", MONDAY, line("Wax", "")));

        BasketHistory history = orderHistory().baskets(shop);
        assertEquals(List.of(), history.baskets());
        assertEquals(1, history.unresolvedLines());
    }

    @Test
    void anOrderWithNoResolvedLineIsCountedButMakesNoBasket() {
        ShopId shop = newShop(ports().shops(), "EUR");
        long wax = catalogue(shop, variant("wax", "Wax", "WAX", "9")).get("WAX");

        recording(shop,
                order("#1", MONDAY, line("Gift card", "")),
                order("#2", TUESDAY, line("Wax", "WAX"), line("Shipping", "")));

        assertEquals(new BasketHistory(List.of(basket(TUESDAY, wax)), 2, 3, 2), orderHistory().baskets(shop));
    }

    @Test
    void cancelledOrdersRefundedAndReturnedLinesStayOutOfTheBaskets() {
        ShopId shop = newShop(ports().shops(), "EUR");
        Map<String, Long> ids = catalogue(shop,
                variant("boot", "Boot", "BOOT", "100"), variant("wax", "Wax", "WAX", "9"), variant("sock", "Sock", "SOCK", "5"));
        OrderDate monday = OrderDate.exactly(Instant.parse(MONDAY));
        OrderHeader cancelled = new OrderHeader(monday, Optional.empty(), Optional.of(monday), "", Optional.empty(), "",
                Optional.empty(), "", "");
        OrderHeader refunded = new OrderHeader(monday, Optional.empty(), Optional.empty(), "refunded", Optional.empty(), "",
                Optional.empty(), "", "");

        Staged.merge(ports(), shop, UploadFormat.SHOPIFY_ORDERS, List.of(
                new OrderRecord(new SourceRow(0, 2), "#1", cancelled, List.of(soldLine(2, "BOOT", 1, false), soldLine(3, "WAX", 1, false))),
                new OrderRecord(new SourceRow(0, 4), "#2", OrderHeader.placedAt(monday),
                        List.of(soldLine(4, "BOOT", 1, false), soldLine(5, "WAX", 1, true), soldLine(6, "SOCK", -1, false))),
                new OrderRecord(new SourceRow(0, 7), "#3", refunded, List.of(soldLine(7, "SOCK", 1, false)))));

        // #1 cancelled, #3 wholly refunded: neither counts; of #2 only the boot was sold and kept
        assertEquals(new BasketHistory(List.of(basket(MONDAY, ids.get("BOOT"))), 1, 1, 0), orderHistory().baskets(shop));
    }

    private static LineRecord soldLine(long fileLine, String sku, int quantity, boolean refunded) {
        return new LineRecord(new SourceRow(0, fileLine), "", sku, null, quantity, BigDecimal.TEN, null, null, "", refunded, false);
    }

    @Test
    void aBasketHoldsEachVariantOnceInLineOrder() {
        ShopId shop = newShop(ports().shops(), "EUR");
        Map<String, Long> ids = catalogue(shop,
                variant("boot", "Boot", "BOOT", "100"), variant("wax", "Wax", "WAX", "9"),
                variant("sock", "Sock", "SOCK", "5"));

        recording(shop, order("#1", MONDAY,
                line("", "WAX"), line("", "BOOT"), line("", "WAX"), line("", "SOCK"), line("Boot", "")));

        assertEquals(List.of(basket(MONDAY, ids.get("WAX"), ids.get("BOOT"), ids.get("SOCK"))),
                orderHistory().baskets(shop).baskets());
    }

    @Test
    void ordersImportedBeforeTheCatalogueResolveOnceItArrives() {
        ShopId shop = newShop(ports().shops(), "EUR");
        recording(shop, order("#1", MONDAY, line("Wax", "WAX")));
        assertEquals(1, orderHistory().baskets(shop).unresolvedLines());

        long wax = catalogue(shop, variant("wax", "Wax", "WAX", "9")).get("WAX");

        assertEquals(List.of(basket(MONDAY, wax)), orderHistory().baskets(shop).baskets());
    }

    @Test
    void aHistoryLongerThanOneBatchIsImportedWhole() {
        ShopId shop = newShop(ports().shops(), "EUR");
        catalogue(shop, variant("wax", "Wax", "", "9"));

        OrdersImported first = Staged.orders(ports(), shop, manyOrders(2_500, "Wax"));
        OrdersImported second = Staged.orders(ports(), shop, manyOrders(2_500, "Wax"));

        assertEquals(new OrdersImported(2_500, 2_500, 0, 0, 2_500), first);
        assertEquals(new OrdersImported(2_500, 0, 0, 2_500, 2_500), second);
        BasketHistory history = orderHistory().baskets(shop);
        assertEquals(2_500, history.baskets().size());
        assertEquals(2_500, history.lines());
    }

    @Test
    void queriesNeverSeeAnotherShopsRows() {
        ShopId montreal = newShop(ports().shops(), "CAD");
        ShopId berlin = newShop(ports().shops(), "EUR");
        Map<String, Long> montrealIds = catalogue(montreal, variant("wax", "Wax", "WAX", "9"));
        recording(montreal, order("#1001", MONDAY, line("Wax", "WAX")));
        // Berlin's order has the same name and SKU, and Berlin has a variant of that SKU.
        Map<String, Long> berlinIds = catalogue(berlin, variant("wax", "Wax", "WAX", "9"));

        OrdersImported berlinImport = recording(berlin, order("#1001", TUESDAY, line("Wax", "WAX")));

        assertEquals(new OrdersImported(1, 1, 0, 0, 1), berlinImport);
        assertEquals(List.of(basket(MONDAY, montrealIds.get("WAX"))),
                orderHistory().baskets(montreal).baskets());
        assertEquals(List.of(basket(TUESDAY, berlinIds.get("WAX"))), orderHistory().baskets(berlin).baskets());
        ShopId empty = newShop(ports().shops(), "EUR");
        assertEquals(new BasketHistory(List.of(), 0, 0, 0), orderHistory().baskets(empty));
    }
}
