package com.cartwise.persistence.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.ImportStaging;
import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.OrderDate;
import com.cartwise.domain.imports.RunProductRow;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.TransactionalJdbc;
import com.cartwise.persistence.testing.Fixtures;
import com.cartwise.persistence.testing.PostgresPorts;
import com.cartwise.persistence.testing.TestDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A product's creation date in catalog_joined.csv written as 01/02/2024 is 2 January or 1 February
 * as its whole file decides; the merge stores the reading its file decided on. The catalogue port
 * has no creation dates to show, so the stored column is read directly.
 */
class RunCatalogCreationDatesTest {
    private static final PostgresPorts POSTGRES = PostgresPorts.shared();
    private static final OrderDate FIRST_OF_TWO = new OrderDate(Instant.parse("2024-02-01T10:00:00Z"), Instant.parse("2024-01-02T10:00:00Z"));

    private static RunProductRow product(int file, long productId, String handle) {
        return new RunProductRow(new SourceRow(file, 2), productId, new Product(handle, "Ski " + handle, "", "", List.of(),
                ProductStatus.ACTIVE, "", List.of(), Optional.empty()), Optional.of(FIRST_OF_TWO));
    }

    private static FileFacts dates(boolean monthFirst) {
        return new FileFacts(monthFirst, monthFirst ? "month_first" : "day_first", List.of(), 0, "");
    }

    @Test
    void storesEachProductsCreationDateInTheOrderItsFileDecided() {
        ShopId shop = Fixtures.newShop(POSTGRES.shops(), "EUR");
        try (ImportStaging.Stage stage = POSTGRES.staging().open(shop, JobId.random())) {
            stage.add(product(0, 7001, "boot"));
            stage.add(product(1, 7002, "wax"));
            stage.fileRead(0, "catalog_joined.csv", UploadFormat.RUN_CATALOG, dates(true));
            stage.fileRead(1, "catalog_joined (2).csv", UploadFormat.RUN_CATALOG, dates(false));
            stage.load();
            assertEquals(List.of(), stage.check(false, 10));
            stage.merge();
        }

        assertEquals(Map.of("boot", Instant.parse("2024-01-02T10:00:00Z"), "wax", Instant.parse("2024-02-01T10:00:00Z")),
                createdAt(shop));
    }

    private static Map<String, Instant> createdAt(ShopId shop) {
        return TestDatabase.context().getBean(TransactionalJdbc.class).read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT handle, source_created_at FROM products WHERE shop_id = ? ORDER BY handle")) {
                query.setString(1, shop.value());
                Map<String, Instant> dates = new LinkedHashMap<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        dates.put(row.getString(1), row.getObject(2, OffsetDateTime.class).toInstant());
                    }
                }
                return dates;
            }
        });
    }
}
