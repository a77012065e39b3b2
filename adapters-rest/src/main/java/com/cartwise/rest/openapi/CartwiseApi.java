package com.cartwise.rest.openapi;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;

/**
 * The OpenAPI document's title page. The document itself is written at compile time from the
 * controllers (micronaut-openapi), so it cannot drift from the routes; a test in bootstrap checks
 * that every route the router knows is in it.
 */
@OpenAPIDefinition(info = @Info(
        title = "Cartwise REST API",
        version = "v1",
        description = "Learns from a Shopify shop's catalogue and orders what sells together; answers a till's cart, "
                + "imports and trainings as jobs, bundles. JSON in snake_case; errors are RFC 9457 problem+json whose "
                + "`type` is a stable URN (urn:cartwise:problem:...). Every response carries X-Request-Id.",
        license = @License(name = "Proprietary")))
public final class CartwiseApi {
    private CartwiseApi() {
    }
}
