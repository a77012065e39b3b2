package com.cartwise.rest.access;

import com.cartwise.application.access.Caller;
import com.cartwise.application.access.KeyHolder;
import com.cartwise.application.access.keys.Authenticate;
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
import java.util.Optional;

/**
 * Every request but those of {@link OpenRoutes} and CORS preflights carries a key: none or a bad
 * one is 401; a shop's key on the admin API (or any route about no one shop) is 403; a shop's key
 * on another shop's route is 404 with the very problem an unknown shop gets, so a key cannot tell
 * which other shops exist.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class AuthenticationFilter implements Ordered {
    /** The request attribute holding the {@link Caller}, for what comes after (rate limits). */
    public static final String CALLER = "cartwise.caller";

    private final Authenticate authenticate;

    public AuthenticationFilter(Authenticate authenticate) {
        this.authenticate = authenticate;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> authenticate(HttpRequest<?> request) {
        String path = request.getPath();
        if (request.getMethod() == HttpMethod.OPTIONS || OpenRoutes.isOpen(path)) {
            return null;
        }
        Optional<Caller> caller = authenticate.execute(BearerKey.of(request));
        if (caller.isEmpty()) {
            return Problems.unauthenticated();
        }
        request.setAttribute(CALLER, caller.get());
        return switch (caller.get().holder()) {
            case KeyHolder.Operator operator -> null;
            case KeyHolder.OneShop one -> shopRoute(path, one);
        };
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
