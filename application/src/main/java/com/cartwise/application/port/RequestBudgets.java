package com.cartwise.application.port;

import com.cartwise.application.access.Budget;
import java.time.Duration;
import java.util.Optional;

/** Each key's rate limits: a budget of requests per period, per kind of request. */
public interface RequestBudgets {
    /**
     * Takes one request from the key's budget.
     *
     * @param keyName the key's public name (its id), never its secret
     * @return empty when the request may go ahead; else how long until the budget has room again
     */
    Optional<Duration> take(String keyName, Budget budget);
}
