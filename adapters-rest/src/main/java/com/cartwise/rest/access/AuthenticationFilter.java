package com.cartwise.rest.access;

import com.cartwise.application.access.Budget;
import com.cartwise.application.access.Caller;
import com.cartwise.application.access.KeyHolder;
import com.cartwise.application.access.keys.Authenticate;
import com.cartwise.application.access.keys.SpendRequest;
import com.cartwise.application.port.AccessMetrics;
import com.cartwise.application.port.AccessMetrics.Door;
import com.cartwise.application.port.AccessMetrics.Refusal;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request but those of {@link OpenRoutes} and CORS preflights carries a key: none or a bad
 * one is 401; a shop's key on the admin API (or any route about no one shop) is 403; a shop's key
 * on another shop's route is 404 with the very problem an unknown shop gets, so a key cannot tell
 * which other shops exist. A request past its key's budget (POS or dashboard) is 429 with Retry-After.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class AuthenticationFilter implements Ordered {
    /** The request attribute holding the {@link Caller}, for what comes after. */
    public static final String CALLER = "cartwise.caller";
    private static final Logger LOG = LoggerFactory.getLogger(AuthenticationFilter.class);

    /** What a till waits for: a cart's recommendations (and a product page's), and its bundles. */
    private static final Pattern POS = Pattern.compile("/api/v1/shops/[^/]+/(recommendations|recommendations/product|bundles-for-cart)/?");

    private final Authenticate authenticate;
    private final SpendRequest spend;
    private final ExecutorService blocking;
    private final AccessMetrics metrics;

    public AuthenticationFilter(Authenticate authenticate, SpendRequest spend, @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
                                AccessMetrics metrics) {
        this.authenticate = authenticate;
        this.spend = spend;
        this.blocking = blocking;
        this.metrics = metrics;
    }

    /**
     * On the event loop while the key is remembered (read within its recheck time, its last use
     * written within the touch interval): a till's requests then stay on the event loop, as the
     * POS routes answer from memory. The one request in a recheck that must read the key, or
     * write its last use, goes to the blocking pool, and the route runs after it there. A hop for
     * every request cost the REST twin a third of its throughput (docs/BENCHMARKS.md, 2026-11-27).
     */
    @RequestFilter
    public CompletionStage<Optional<HttpResponse<?>>> authenticate(HttpRequest<?> request) {
        String path = request.getPath();
        if (request.getMethod() == HttpMethod.OPTIONS || OpenRoutes.isOpen(path)) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        String bearer = BearerKey.of(request);
        Optional<Authenticate.Decision> remembered = authenticate.executeIfRemembered(bearer);
        if (remembered.isPresent()) {
            return CompletableFuture.completedFuture(decide(request, path, remembered.get().caller()));
        }
        return CompletableFuture.supplyAsync(() -> {
            Optional<Caller> caller;
            try {
                caller = authenticate.execute(bearer);
            } catch (RuntimeException e) {
                LOG.warn("could not read an API key", e);
                return Optional.of(refuse(Refusal.KEY_UNREADABLE, Problems.keyUncheckable()));
            }
            return decide(request, path, caller);
        }, blocking);
    }

    /** The refusal, or empty to let the request through. */
    private Optional<HttpResponse<?>> decide(HttpRequest<?> request, String path, Optional<Caller> caller) {
        if (caller.isEmpty()) {
            return Optional.of(refuse(Refusal.UNAUTHENTICATED, Problems.unauthenticated()));
        }
        request.setAttribute(CALLER, caller.get());
        HttpResponse<?> refused = switch (caller.get().holder()) {
            case KeyHolder.Operator operator -> null;
            case KeyHolder.OneShop one -> shopRoute(path, one);
        };
        return Optional.ofNullable(refused != null ? refused : overBudget(caller.get(), path));
    }

    /** Charges the request to the key's budget (POS or dashboard); past it, 429 with Retry-After. */
    private @Nullable HttpResponse<?> overBudget(Caller caller, String path) {
        Budget budget = POS.matcher(path).matches() ? Budget.POS : Budget.DASHBOARD;
        return spend.execute(caller, budget).<HttpResponse<?>>map(wait -> refuse(Refusal.RATE_LIMITED,
                Problems.rateLimited(budget.name().toLowerCase(Locale.ROOT), wait))).orElse(null);
    }

    private HttpResponse<?> refuse(Refusal refusal, HttpResponse<?> answer) {
        metrics.refused(Door.REST, refusal);
        return answer;
    }

    private @Nullable HttpResponse<?> shopRoute(String path, KeyHolder.OneShop holder) {
        if (ShopPath.isAdmin(path)) {
            return refuse(Refusal.FORBIDDEN,
                    Problems.forbidden("A shop's key cannot use the admin API: use the operator key (cartwise.security.admin-key)."));
        }
        Optional<String> shop = ShopPath.shopOf(path);
        if (shop.isEmpty()) {
            return refuse(Refusal.FORBIDDEN,
                    Problems.forbidden("A shop's key may use only its own shop's routes (/api/v1/shops/" + holder.shop() + "/...)."));
        }
        ShopId named;
        try {
            named = ShopId.of(shop.get());
        } catch (InvalidInputException e) {
            // No shop has such an id: the route answers why it is invalid, and no other shop is reached.
            return null;
        }
        return holder.mayUse(named) ? null : refuse(Refusal.OTHER_SHOP, Problems.shopNotFound(named));
    }

    @Override
    public int getOrder() {
        // Inside CORS (METRICS.after()): a refusal then carries the CORS headers without which a POS
        // extension's browser hides it from the extension. (Micronaut's request metrics, unordered, run after.)
        return ServerFilterPhase.SECURITY.order();
    }
}
