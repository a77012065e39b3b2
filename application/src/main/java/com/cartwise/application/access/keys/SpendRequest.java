package com.cartwise.application.access.keys;

import com.cartwise.application.access.Budget;
import com.cartwise.application.access.Caller;
import com.cartwise.application.access.KeyHolder;
import com.cartwise.application.port.RequestBudgets;
import java.time.Duration;
import java.util.Optional;

/**
 * Charges a request to its caller's budget. The operator key is not limited: it is the
 * deployment's own (benchmarks and migrations drive it), and whoever holds it can issue keys anyway.
 */
public final class SpendRequest {
    private final RequestBudgets budgets;

    public SpendRequest(RequestBudgets budgets) {
        this.budgets = budgets;
    }

    /** @return empty when the request may go ahead; else how long the caller should wait */
    public Optional<Duration> execute(Caller caller, Budget budget) {
        return switch (caller.holder()) {
            case KeyHolder.Operator operator -> Optional.empty();
            case KeyHolder.OneShop one -> budgets.take(caller.keyName(), budget);
        };
    }
}
