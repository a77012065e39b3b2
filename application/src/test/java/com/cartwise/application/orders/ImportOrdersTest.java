package com.cartwise.application.orders;

import static com.cartwise.application.SkiShop.order;
import static com.cartwise.application.SkiShop.sku;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.application.SkiShop;
import com.cartwise.application.fakes.FailingRows;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.port.OrderHistory.OrdersImportSummary;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.shop.ShopId;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportOrdersTest {
    private final InMemoryCartwise cartwise = new InMemoryCartwise(SkiShop.CLOCK);

    @BeforeEach
    void createTheShop() {
        cartwise.createShop.execute(SkiShop.shop());
    }

    @Test
    void anUnknownShopIsNotFoundAndNoOrderIsRead() {
        Iterator<Order> orders = SkiShop.orders().iterator();

        ImportOrders.Result result = cartwise.importOrders.execute(ShopId.of("nowhere"), orders);

        assertEquals(new ImportOrders.Result.ShopNotFound(ShopId.of("nowhere")), result);
        assertEquals(SkiShop.orders().getFirst(), orders.next());
    }

    @Test
    void summarisesWhatTheImportAdded() {
        ImportOrders.Result result = cartwise.importOrders.execute(SkiShop.ID, SkiShop.orders().iterator());

        // 7 orders with 3 + 3 + 2 + 2 + 2 + 3 + 1 = 16 lines, one row per line
        assertEquals(new ImportOrders.Result.Imported(new OrdersImportSummary(16, 7, 0, 16)), result);
    }

    @Test
    void anOrderImportedAgainReplacesItself() {
        cartwise.importOrders.execute(SkiShop.ID, SkiShop.orders().iterator());
        // #1007 again, now with two lines, and a new #1008
        List<Order> again = List.of(order("#1007", 7, sku("GLV-M"), sku("WAX")), order("#1008", 8, sku("BAG")));

        ImportOrders.Result result = cartwise.importOrders.execute(SkiShop.ID, again.iterator());

        assertEquals(new ImportOrders.Result.Imported(new OrdersImportSummary(3, 1, 1, 3)), result);
        // still 8 orders, not 9: #1007 counted once, with its new lines (16 - 1 + 2 + 1 = 18)
        assertEquals(8, cartwise.orderHistory.baskets(SkiShop.ID).orders());
        assertEquals(18, cartwise.orderHistory.baskets(SkiShop.ID).lines());
    }

    @Test
    void aRejectedRowComesBackAsTheProblem() {
        ImportProblem problem = new ImportProblem("orders_export.csv", 12, 16, "Created at", "'31/13/2023' is not a date");

        ImportOrders.Result result = cartwise.importOrders.execute(SkiShop.ID,
                FailingRows.after(1, SkiShop.orders().iterator(), new ImportRejectedException(problem)));

        assertEquals(new ImportOrders.Result.Rejected(problem), result);
    }

    @Test
    void anyOtherFailurePropagates() {
        IllegalStateException unexpected = new IllegalStateException("disk full");

        assertSame(unexpected, assertThrows(IllegalStateException.class,
                () -> cartwise.importOrders.execute(SkiShop.ID, FailingRows.after(1, SkiShop.orders().iterator(), unexpected))));
    }

    @Test
    void ordersNeedNoCatalogueToBeImported() {
        // lines are resolved when baskets are built, so orders may come first
        cartwise.importOrders.execute(SkiShop.ID, SkiShop.orders().iterator());

        assertEquals(0, cartwise.orderHistory.baskets(SkiShop.ID).baskets().size());
        assertEquals(16, cartwise.orderHistory.baskets(SkiShop.ID).unresolvedLines());

        cartwise.importCatalog.execute(SkiShop.ID, SkiShop.catalogue().iterator());

        assertEquals(7, cartwise.orderHistory.baskets(SkiShop.ID).baskets().size());
        assertEquals(1, cartwise.orderHistory.baskets(SkiShop.ID).unresolvedLines());
    }

}
