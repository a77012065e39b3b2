package com.cartwise.rest.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.cartwise.rest.Api.Response;
import com.cartwise.rest.ApiTest;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Errors the HTTP layer meets outside any use case answer in problem+json too. */
@MicronautTest
class ProblemsApiTest extends ApiTest {

    /** A route that fails as a bug would, with internals in its message. */
    @Requires(env = "test")
    @Controller("/test/failing")
    static class FailingController {
        @Get
        String fail() {
            throw new IllegalStateException("connection to db-internal.cartwise:5432 refused");
        }
    }

    @Test
    void answersAnUnexpectedFailureWith500AndNoInternals() {
        Response failed = api.get("/test/failing");

        assertEquals(500, failed.status());
        assertEquals("application/problem+json", failed.contentType());
        assertEquals(new TreeSet<>(Set.of("type", "title", "status", "detail")), failed.body().fields());
        assertFalse(failed.body().toString().contains("db-internal"), failed.body().toString());
        assertFalse(failed.body().toString().contains("IllegalStateException"), failed.body().toString());
    }

    @Test
    void answersAnUnknownRouteWith404() {
        Response missing = api.get("/api/v1/nothing-here");

        assertEquals(404, missing.status());
        assertEquals("application/problem+json", missing.contentType());
        assertEquals("about:blank", missing.body().text("type"));
        assertEquals("No resource at /api/v1/nothing-here", missing.body().text("detail"));
    }

    @Test
    void answersAWrongMethodWith405() {
        Response wrong = api.get("/api/v1/shops/demo/recommendations");

        assertEquals(405, wrong.status());
        assertEquals("application/problem+json", wrong.contentType());
        assertEquals(405, wrong.body().number("status"));
    }
}
