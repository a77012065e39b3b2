package com.cartwise.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.application.testing.SharedData;
import com.cartwise.application.testing.SharedDataTest;
import com.cartwise.rest.Api.Response;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A real shop's exports through the whole API: the Bread Basket bakery's products export (94
 * products, descriptions over several lines) and its 4 MB orders export (9,465 orders), uploaded,
 * learnt from and asked about, as the merchant's dashboard would.
 */
@MicronautTest
@SharedDataTest
class BakeryApiTest extends ApiTest {

    @Test
    void learnsWhatTheBakerysCustomersBuyWithCoffee() throws IOException {
        assertEquals(201, api.post("/api/v1/shops", """
                {"shop_id": "bread-basket", "name": "The Bread Basket", "currency": "GBP"}""").status());

        Response products = api.uploadAndWait(imports("bread-basket"), "products_export.csv",
                Files.readString(SharedData.file("shopify-bakery/products_export.csv")));
        Response orders = api.uploadAndWait(imports("bread-basket"), "orders_export.csv",
                Files.readString(SharedData.file("shopify-bakery/orders_export.csv")));
        Response model = api.post("/api/v1/shops/bread-basket/models?wait=true", """
                {"metric": "cosine"}""");
        Response coffee = api.post("/api/v1/shops/bread-basket/recommendations", """
                {"items": [{"sku": "BB-BB4DD4"}], "limit": 3}""");

        assertEquals(List.of(201L, 94L, 94L), List.of((long) products.status(), products.body().number("report.files[0].rows"),
                products.body().number("report.files[0].counts.variants_added")));
        assertEquals(List.of(201L, 18_887L, 9_465L), List.of((long) orders.status(), orders.body().number("report.files[0].counts.lines"),
                orders.body().number("report.files[0].counts.orders_added")));
        assertEquals("with_offset", orders.body().text("report.files[0].date_format"));
        // Every line's SKU is in the catalogue; 1,047 distinct pairs of the 94 products were ever bought together.
        assertEquals(List.of(9_465L, 0L, 94L, 1_047L), List.of(model.body().number("report.baskets"),
                model.body().number("report.unresolved_lines"), model.body().number("report.variants"),
                model.body().number("report.pairs")));
        // Cosine over coffee's 4,528 orders, computed independently from the CSV files: Cake 0.2455,
        // Pastry 0.2343, Bread 0.2275.
        assertEquals(List.of("Cake", "Pastry", "Bread"), IntStream.range(0, coffee.body().size("recommendations"))
                .mapToObj(i -> coffee.body().text("recommendations[" + i + "].product_title")).toList());
        assertEquals("GBP", coffee.body().text("recommendations[0].price.currency_code"));
        assertEquals(4_528, coffee.body().number("recommendations[0].evidence.orders_with_cart_item"));
    }
}
