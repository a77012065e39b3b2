package com.cartwise.bootstrap.wiring;

import com.cartwise.application.access.Budget;
import com.cartwise.application.access.KeyMaker;
import com.cartwise.application.access.OperatorKeySetting;
import com.cartwise.application.access.keys.Authenticate;
import com.cartwise.application.access.keys.EnsureOperatorKey;
import com.cartwise.application.access.keys.IssueApiKey;
import com.cartwise.application.access.keys.ListApiKeys;
import com.cartwise.application.access.keys.RevokeApiKey;
import com.cartwise.application.access.keys.SpendRequest;
import com.cartwise.application.port.ApiKeys;
import com.cartwise.application.port.RequestBudgets;
import com.cartwise.application.port.Shops;
import com.cartwise.ratelimit.BucketBudgets;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Wires API keys and authentication (docs/API.md, "Authentication"). */
@Factory
final class AccessFactory {

    @Singleton
    KeyMaker keyMaker() {
        return new KeyMaker();
    }

    // Built with the context: a key too short to accept stops the start before any door is tried
    // (the start's rehearsals would otherwise log a stack trace and an HTTP 500 first).
    @Context
    OperatorKeySetting operatorKeySetting(@Nullable @Value("${cartwise.security.admin-key:}") String adminKey) {
        return OperatorKeySetting.of(adminKey);
    }

    @Singleton
    Authenticate authenticate(ApiKeys keys, OperatorKeySetting operatorKey, Clock clock,
                              @Value("${cartwise.security.key-recheck}") Duration recheck,
                              @Value("${cartwise.security.last-used-interval}") Duration lastUsedInterval) {
        return new Authenticate(keys, operatorKey, new Authenticate.Settings(recheck, lastUsedInterval), clock);
    }

    @Singleton
    RequestBudgets requestBudgets(@Value("${cartwise.security.rate-limits.pos.requests}") long posRequests,
                                  @Value("${cartwise.security.rate-limits.pos.per}") Duration posPeriod,
                                  @Value("${cartwise.security.rate-limits.dashboard.requests}") long dashboardRequests,
                                  @Value("${cartwise.security.rate-limits.dashboard.per}") Duration dashboardPeriod) {
        return new BucketBudgets(Map.of(Budget.POS, limit("cartwise.security.rate-limits.pos", posRequests, posPeriod),
                Budget.DASHBOARD, limit("cartwise.security.rate-limits.dashboard", dashboardRequests, dashboardPeriod)));
    }

    private static BucketBudgets.Limit limit(String settings, long requests, Duration period) {
        try {
            return new BucketBudgets.Limit(requests, period);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(settings + ".requests and .per: " + e.getMessage());
        }
    }

    @Singleton
    SpendRequest spendRequest(RequestBudgets budgets) {
        return new SpendRequest(budgets);
    }

    @Singleton
    IssueApiKey issueApiKey(Shops shops, ApiKeys keys, KeyMaker maker, Clock clock) {
        return new IssueApiKey(shops, keys, maker, clock);
    }

    @Singleton
    ListApiKeys listApiKeys(Shops shops, ApiKeys keys) {
        return new ListApiKeys(shops, keys);
    }

    @Singleton
    RevokeApiKey revokeApiKey(ApiKeys keys, Authenticate authenticate, Clock clock) {
        return new RevokeApiKey(keys, authenticate, clock);
    }

    @Singleton
    EnsureOperatorKey ensureOperatorKey(ApiKeys keys, OperatorKeySetting setting, KeyMaker maker, Clock clock) {
        return new EnsureOperatorKey(keys, setting, maker, clock);
    }
}
