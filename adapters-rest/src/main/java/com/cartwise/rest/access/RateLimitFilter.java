package com.cartwise.rest.access;

import com.cartwise.application.access.Budget;
import com.cartwise.application.access.Caller;
import com.cartwise.application.access.keys.SpendRequest;
import com.cartwise.rest.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Charges each authenticated request to its key's budget (POS or dashboard); past it, 429 with
 * {@code Retry-After}. Runs after {@link AuthenticationFilter}, whose caller it reads.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class RateLimitFilter implements Ordered {
    /** What a till waits for: a cart's recommendations (and a product page's), and its bundles. */
    private static final Pattern POS = Pattern.compile("/api/v1/shops/[^/]+/(recommendations|recommendations/product|bundles-for-cart)/?");

    private final SpendRequest spend;

    public RateLimitFilter(SpendRequest spend) {
        this.spend = spend;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> limit(HttpRequest<?> request) {
        Optional<Caller> caller = request.getAttribute(AuthenticationFilter.CALLER, Caller.class);
        if (caller.isEmpty()) {
            return null;
        }
        Budget budget = POS.matcher(request.getPath()).matches() ? Budget.POS : Budget.DASHBOARD;
        Optional<Duration> wait = spend.execute(caller.get(), budget);
        return wait.<HttpResponse<?>>map(w -> Problems.rateLimited(budget.name().toLowerCase(java.util.Locale.ROOT), w)).orElse(null);
    }

    @Override
    public int getOrder() {
        return 1;
    }
}
