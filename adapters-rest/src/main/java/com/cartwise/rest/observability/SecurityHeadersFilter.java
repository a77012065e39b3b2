package com.cartwise.rest.observability;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Security headers on every response, errors included. The API answers JSON, CSV and event
 * streams that no browser should render, frame or run: its Content-Security-Policy allows nothing.
 * The Swagger UI page is the one HTML page, and loads only its own scripts and styles (it writes
 * a few inline). HSTS only means something over HTTPS, which a proxy in front of Cartwise
 * terminates, so it is sent only when configured ({@value #HSTS}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class SecurityHeadersFilter implements Ordered {
    static final String HSTS = "cartwise.http.strict-transport-security";
    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final String UI_PATH = "/swagger-ui/";

    private final String strictTransportSecurity;

    public SecurityHeadersFilter(@Nullable @Property(name = HSTS) String strictTransportSecurity) {
        this.strictTransportSecurity = strictTransportSecurity == null || strictTransportSecurity.isBlank() ? null
                : strictTransportSecurity.strip();
    }

    @ResponseFilter
    public void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Content-Security-Policy", request.getPath().startsWith(UI_PATH) ? UI_POLICY : API_POLICY);
        if (strictTransportSecurity != null) {
            headers.set("Strict-Transport-Security", strictTransportSecurity);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
