package com.cartwise.rest.observability;

import com.cartwise.application.tracing.RequestId;
import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.MDC;

/**
 * Gives every REST request its correlation id ({@link RequestId}): the caller's {@code X-Request-Id}
 * when it is safe, else a new one; it is returned on every response (errors included) and is in
 * the logging MDC for the whole request.
 * <p>
 * The MDC travels as a Micronaut propagated context, not a thread local set here: the request
 * moves from the event loop to the blocking pool (and back) and each of those threads gets the
 * context while it works on this request (Micronaut's executors restore it), then loses it.
 * First of all filters, so whatever the others log carries the id.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class RequestIdFilter implements Ordered {
    private static final String ATTRIBUTE = RequestIdFilter.class.getName();

    @RequestFilter
    public void tag(HttpRequest<?> request, MutablePropagatedContext context) {
        RequestId id = RequestId.acceptOrCreate(request.getHeaders().get(RequestId.HEADER));
        request.setAttribute(ATTRIBUTE, id);
        try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestId.LOG_KEY, id.value())) {
            context.add(new MdcPropagationContext());
        }
    }

    @ResponseFilter
    public void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, RequestId.class)
                .ifPresent(id -> response.getHeaders().set(RequestId.HEADER, id.value()));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
