package com.cartwise.application.fakes;

import com.cartwise.application.access.OperatorKeySetting;
import com.cartwise.application.access.keys.Authenticate;
import com.cartwise.application.access.keys.SpendRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Authentication as the adapters' tests wire it: the production use cases over the in-memory keys. */
public final class TestAccess {
    /** The operator key the adapters' test servers accept and their clients send. */
    public static final String OPERATOR_KEY = "test-operator-key-0123456789abcdef0123456789";

    private TestAccess() {
    }

    public static Authenticate authenticate(InMemoryApiKeys keys) {
        return new Authenticate(keys, OperatorKeySetting.of(OPERATOR_KEY),
                new Authenticate.Settings(Duration.ofSeconds(10), Duration.ofMinutes(1)), Clock.systemUTC());
    }

    /** Budgets no adapter test reaches; bootstrap's RateLimitTest runs out of small ones. */
    public static SpendRequest unlimitedBudgets() {
        return new SpendRequest((keyName, budget) -> Optional.empty());
    }
}
