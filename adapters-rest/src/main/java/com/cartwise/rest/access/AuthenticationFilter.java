package com.cartwise.rest.access;

import com.cartwise.application.access.Budget;
import com.cartwise.application.access.Caller;
import com.cartwise.application.access.KeyHolder;
import com.cartwise.application.access.keys.Authenticate;
import com.cartwise.application.access.keys.SpendRequest;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

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

    /** What a till waits for: a cart's recommendations (and a product page's), and its bundles. */
    private static final Pattern POS = Pattern.compile("/api/v1/shops/[^/]+/(recommendations|recommendations/product|bundles-for-cart)/?");

    private final Authenticate authenticate;
    private final SpendRequest spend;

    public AuthenticationFilter(Authenticate authenticate, SpendRequest spend) {
        this.authenticate = authenticate;
        this.spend = spend;
    }

    /**
     * On the blocking pool: a key not read within the recheck time is read from the database, and
     * a due last use is written. This costs the POS routes, which otherwise answer on the event
     * loop, a thread hop each way.
     */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public @Nullable HttpResponse<?> authenticate(HttpRequest<?> request) {
        String path = request.getPath();
        if (request.getMethod() == HttpMethod.OPTIONS || OpenRoutes.isOpen(path)) {
            return null;
        }
        return decide(request, path, authenticate.execute(BearerKey.of(request)));
    }

    private @Nullable HttpResponse<?> decide(HttpRequest<?> request, String path, Optional<Caller> caller) {
        if (caller.isEmpty()) {
            return Problems.unauthenticated();
        }
        request.setAttribute(CALLER, caller.get());
        HttpResponse<?> refused = switch (caller.get().holder()) {
            case KeyHolder.Operator operator -> null;
            case KeyHolder.OneShop one -> shopRoute(path, one);
        };
        return refused != null ? refused : overBudget(caller.get(), path);
    }

    /** Charges the request to the key's budget (POS or dashboard); past it, 429 with Retry-After. */
    private @Nullable HttpResponse<?> overBudget(Caller caller, String path) {
        Budget budget = POS.matcher(path).matches() ? Budget.POS : Budget.DASHBOARD;
        return spend.execute(caller, budget).<HttpResponse<?>>map(wait -> Problems.rateLimited(budget.name().toLowerCase(Locale.ROOT), wait))
                .orElse(null);
    }

    private static HttpResponse<?> shopRoute(String path, KeyHolder.OneShop holder) {
        if (ShopPath.isAdmin(path)) {
            return Problems.forbidden("A shop's key cannot use the admin API: use the operator key (cartwise.security.admin-key).");
        }
        Optional<String> shop = ShopPath.shopOf(path);
        if (shop.isEmpty()) {
            return Problems.forbidden("A shop's key may use only its own shop's routes (/api/v1/shops/" + holder.shop() + "/...).");
        }
        ShopId named;
        try {
            named = ShopId.of(shop.get());
        } catch (InvalidInputException e) {
            // No shop has such an id: the route answers why it is invalid, and no other shop is reached.
            return null;
        }
        return holder.mayUse(named) ? null : Problems.shopNotFound(named);
    }

    @Override
    public int getOrder() {
        // After CORS (which answers preflights and decorates every answer), before everything else.
        return 0;
    }
}
