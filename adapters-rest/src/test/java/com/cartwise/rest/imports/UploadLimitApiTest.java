package com.cartwise.rest.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.Api.Response;
import com.cartwise.rest.ApiTest;
import com.cartwise.rest.SkiShopExports;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The multipart file size limit, set far below the real one so that a small export exceeds it. */
@MicronautTest
@Property(name = "micronaut.server.multipart.max-file-size", value = "256")
class UploadLimitApiTest extends ApiTest {

    @Test
    void refusesAnExportLargerThanTheConfiguredLimitAndImportsNothing() {
        givenShop("big-file-shop");

        Response refused = api.upload(imports("big-file-shop"), "products_export.csv", SkiShopExports.PRODUCTS);

        assertEquals(413, refused.status(), String.valueOf(refused.body()));
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("urn:cartwise:problem:request-too-large", refused.body().text("type"));
        assertEquals("The part named [file] exceeds the maximum allowed content length [256]", refused.body().text("detail"));
        assertEquals(List.of(), cartwise.catalog.all(ShopId.of("big-file-shop")));
    }
}
