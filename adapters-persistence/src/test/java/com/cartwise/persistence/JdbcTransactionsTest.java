package com.cartwise.persistence;

import static com.cartwise.persistence.testing.Fixtures.manyOrders;
import static com.cartwise.persistence.testing.Fixtures.manyVariants;
import static com.cartwise.persistence.testing.Fixtures.newShop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.application.fakes.FailingRows;
import com.cartwise.application.port.Catalog.CatalogImportSummary;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.PostgresPorts;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

/**
 * Imports are all or nothing: the adapters write inside the caller's transaction, so a bad row
 * late in a file undoes the rows already sent to PostgreSQL in earlier batches.
 */
class JdbcTransactionsTest {
    private final PostgresPorts ports = PostgresPorts.shared();

    private static ImportRejectedException badRow(long line) {
        return new ImportRejectedException(
                new ImportProblem("products_export.csv", line, 4, "Variant Price", "'x' is not a price"));
    }

    @Test
    void aBadRowHalfwayRollsBackTheWholeImport() {
        ShopId shop = newShop(ports.shops(), "EUR");
        ImportRejectedException rejection = badRow(2_502);

        Iterator<VariantRecord> records = FailingRows.after(2_500, manyVariants(3_000), rejection);

        ImportRejectedException thrown = assertThrows(ImportRejectedException.class,
                () -> ports.transactions().inTransaction(() -> ports.catalog().upsert(shop, records)));

        assertSame(rejection, thrown);
        assertEquals(0, ports.count("variants", shop));
        assertEquals(0, ports.count("products", shop));
    }

    @Test
    void aBadOrderHalfwayRollsBackTheWholeImport() {
        ShopId shop = newShop(ports.shops(), "EUR");
        ports.orderHistory().record(shop, manyOrders(10, "Wax"));
        ImportRejectedException rejection = badRow(2_502);

        Iterator<Order> orders = FailingRows.after(2_500, manyOrders(3_000, "Sock"), rejection);

        ImportRejectedException thrown = assertThrows(ImportRejectedException.class,
                () -> ports.transactions().inTransaction(() -> ports.orderHistory().record(shop, orders)));

        assertSame(rejection, thrown);
        // The ten orders stored before are as they were: none replaced, none added.
        assertEquals(10, ports.count("orders", shop));
        assertEquals(10, ports.count("order_lines", shop));
        assertEquals(10, ports.orderHistory().baskets(shop).lines());
    }

    @Test
    void workThatFailsAfterTheImportUndoesTheImportToo() {
        ShopId shop = newShop(ports.shops(), "EUR");

        assertThrows(IllegalStateException.class, () -> ports.transactions().inTransaction(() -> {
            ports.catalog().upsert(shop, manyVariants(10));
            throw new IllegalStateException("the use case failed after the import returned");
        }));

        assertEquals(0, ports.count("variants", shop));
    }

    @Test
    void workThatCompletesIsKept() {
        ShopId shop = newShop(ports.shops(), "EUR");

        CatalogImportSummary summary = ports.transactions()
                .inTransaction(() -> ports.catalog().upsert(shop, manyVariants(10)));

        assertEquals(10, summary.variantsAdded());
        assertEquals(10, ports.count("variants", shop));
    }
}
