package com.cartwise.rest.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.Api.Response;
import com.cartwise.rest.ApiTest;
import com.cartwise.rest.SkiShopExports;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@MicronautTest
class ImportsApiTest extends ApiTest {

    @Test
    void importsAProductsExportRecognisedByItsHeader() {
        givenShop("products-shop");

        Response imported = api.upload(imports("products-shop"), "products_export.csv", SkiShopExports.PRODUCTS);

        assertEquals(201, imported.status());
        assertEquals(new TreeSet<>(Set.of("type", "file", "rows", "image_rows", "products_added", "variants_added",
                "variants_updated", "warnings")), imported.body().fields());
        assertEquals("products", imported.body().text("type"));
        assertEquals("products_export.csv", imported.body().text("file"));
        assertEquals(6, imported.body().number("rows"));
        assertEquals(1, imported.body().number("image_rows"));
        assertEquals(4, imported.body().number("products_added"));
        assertEquals(5, imported.body().number("variants_added"));
        assertEquals(0, imported.body().number("variants_updated"));
        assertEquals(0, imported.body().size("warnings"));
        assertEquals(5, cartwise.catalog.all(ShopId.of("products-shop")).size());
    }

    @Test
    void updatesTheSameVariantsWhenTheSameExportComesAgain() {
        givenShop("reimport-shop");
        api.upload(imports("reimport-shop"), "products_export.csv", SkiShopExports.PRODUCTS);

        Response again = api.upload(imports("reimport-shop"), "products_export.csv", SkiShopExports.PRODUCTS);

        assertEquals(201, again.status());
        assertEquals(0, again.body().number("products_added"));
        assertEquals(0, again.body().number("variants_added"));
        assertEquals(5, again.body().number("variants_updated"));
    }

    @Test
    void importsAnOrdersExportRecognisedByItsHeader() {
        givenShop("orders-shop");

        Response imported = api.upload(imports("orders-shop"), "orders_export.csv", SkiShopExports.ORDERS);

        assertEquals(201, imported.status());
        assertEquals(new TreeSet<>(Set.of("type", "file", "rows", "orders_added", "orders_replaced", "lines",
                "date_format", "warnings")), imported.body().fields());
        assertEquals("orders", imported.body().text("type"));
        assertEquals(20, imported.body().number("rows"));
        assertEquals(10, imported.body().number("orders_added"));
        assertEquals(0, imported.body().number("orders_replaced"));
        assertEquals(20, imported.body().number("lines"));
        assertEquals("with_offset", imported.body().text("date_format"));
        assertEquals(0, imported.body().size("warnings"));
    }

    @Test
    void replacesOrdersImportedBefore() {
        givenShop("orders-again");
        api.upload(imports("orders-again"), "orders_export.csv", SkiShopExports.ORDERS);

        Response again = api.upload(imports("orders-again"), "orders_export.csv", SkiShopExports.ORDERS);

        assertEquals(0, again.body().number("orders_added"));
        assertEquals(10, again.body().number("orders_replaced"));
    }

    @Test
    void saysWhenItHadToAssumeThatDatesPutTheDayFirst() {
        givenShop("resaved-shop");
        String resaved = """
                Name,Created at,Lineitem quantity,Lineitem name,Lineitem sku
                #1001,01/02/2024 10:00,1,Ski Wax,WAX
                """;

        Response imported = api.upload(imports("resaved-shop"), "orders.csv", resaved);

        assertEquals(201, imported.status());
        assertEquals("day_first", imported.body().text("date_format"));
        assertTrue(imported.body().texts("warnings").getFirst().contains("day first"));
    }

    @Test
    void importsAsTheTypeTheQueryNames() {
        givenShop("typed-shop");

        Response imported = api.upload(imports("typed-shop") + "?type=products", "export.csv", SkiShopExports.PRODUCTS);

        assertEquals(201, imported.status());
        assertEquals("products", imported.body().text("type"));
    }

    @Test
    void rejectsAFileThatIsNotOfTheTypeTheQueryNamesAndImportsNothing() {
        givenShop("mistyped-shop");

        Response wrongType = api.upload(imports("mistyped-shop") + "?type=orders", "products_export.csv", SkiShopExports.PRODUCTS);

        assertEquals(400, wrongType.status());
        assertEquals(1, wrongType.body().number("line"));
        assertEquals(0, wrongType.body().number("column"));
        assertEquals("Name, Created at, Lineitem quantity, Lineitem name, Lineitem sku", wrongType.body().text("column_name"));
        assertEquals(0, cartwise.orderHistory.baskets(ShopId.of("mistyped-shop")).orders());
    }

    @Test
    void keepsTheShopsOrdersWhenAFileIsRejectedBeforeItsRowsAreImported() {
        givenSkiShopWithHistory("kept-shop");
        String contradictory = """
                Name,Created at,Lineitem quantity,Lineitem name,Lineitem sku
                #1001,31/12/2024 22:36,1,Ski Wax,WAX
                #2001,12/31/2024 10:00,1,Goggles,GOG
                """;

        Response rejected = api.upload(imports("kept-shop"), "resaved.csv", contradictory);

        assertEquals(400, rejected.status());
        assertEquals(3, rejected.body().number("line"));
        assertEquals("Created at", rejected.body().text("column_name"));
        BasketHistory history = cartwise.orderHistory.baskets(ShopId.of("kept-shop"));
        assertEquals(10, history.orders());
        assertEquals(Instant.parse("2025-01-01T09:00:00Z"), history.baskets().getFirst().placedAt());
    }

    /*
     * A bad row half-way through a file rolls back what the rows above it wrote: that is the
     * use case's transaction, specified against PostgreSQL. The in-memory fakes behind these
     * tests cannot roll back, so only the problem's place is specified here.
     */
    @Test
    void rejectsABadRowNamingItsFileLineAndColumn() {
        givenShop("rejected-shop");
        String badPrice = SkiShopExports.PRODUCTS.replace("goggles,Goggles,Alpine,Eyewear,,Title,Default Title,GOG,shopify,3,deny,60.00",
                "goggles,Goggles,Alpine,Eyewear,,Title,Default Title,GOG,shopify,3,deny,sixty");

        Response rejected = api.upload(imports("rejected-shop"), "products_export.csv", badPrice);

        assertEquals(400, rejected.status());
        assertEquals("application/problem+json", rejected.contentType());
        assertEquals(new TreeSet<>(Set.of("type", "title", "status", "detail", "file", "line", "column", "column_name")),
                rejected.body().fields());
        assertEquals("urn:cartwise:problem:rejected-file", rejected.body().text("type"));
        assertEquals("products_export.csv", rejected.body().text("file"));
        assertEquals(6, rejected.body().number("line"));
        assertEquals(12, rejected.body().number("column"));
        assertEquals("Variant Price", rejected.body().text("column_name"));
        assertEquals("products_export.csv line 6, column 12 (Variant Price): 'sixty' is not a number like 12.50",
                rejected.body().text("detail"));
    }

    @Test
    void rejectsAFileThatIsNeitherExport() {
        givenShop("unknown-file-shop");

        Response rejected = api.upload(imports("unknown-file-shop"), "customers.csv", "Email,First Name\na@b.c,Ann\n");

        assertEquals(400, rejected.status());
        assertEquals(1, rejected.body().number("line"));
        assertEquals("customers.csv", rejected.body().text("file"));
    }

    @Test
    void answers404ForAnUnknownShopAndStoresNothing() {
        Response missing = api.upload(imports("no-such-shop"), "products_export.csv", SkiShopExports.PRODUCTS);

        assertEquals(404, missing.status());
        assertEquals("urn:cartwise:problem:shop-not-found", missing.body().text("type"));
        assertEquals(List.of(), cartwise.catalog.all(ShopId.of("no-such-shop")));
    }

    @Test
    void rejectsAnUnknownExportTypeNamingTheParameter() {
        givenShop("type-shop");

        Response bad = api.upload(imports("type-shop") + "?type=customers", "products_export.csv", SkiShopExports.PRODUCTS);

        assertEquals(400, bad.status());
        assertEquals("type", bad.body().text("field"));
        assertEquals(List.of(), cartwise.catalog.all(ShopId.of("type-shop")));
    }

    @Test
    void rejectsAnUploadWithoutTheFilePart() {
        givenShop("no-file-shop");

        Response bad = api.uploadWithoutFile(imports("no-file-shop"));

        assertEquals(400, bad.status());
        assertEquals("file", bad.body().text("field"));
    }

    @Test
    void leavesNoTemporaryFileBehind() throws IOException {
        givenShop("tidy-shop");
        Set<Path> before = uploadsInTemporaryFolder();

        api.upload(imports("tidy-shop"), "products_export.csv", SkiShopExports.PRODUCTS);
        api.upload(imports("tidy-shop"), "broken.csv", "Handle,Variant Price\n");

        assertEquals(before, uploadsInTemporaryFolder());
    }

    private static Set<Path> uploadsInTemporaryFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("cartwise-upload-")).collect(Collectors.toSet());
        }
    }
}
