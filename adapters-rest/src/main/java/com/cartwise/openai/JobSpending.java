package com.cartwise.openai;

import com.cartwise.application.port.CopyBudget;
import com.cartwise.application.port.CopyWriter.CopyUnavailableException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What one job has spent of its {@link CopyBudget}, safe to share between the threads of the job. */
final class JobSpending {
    private final CopyBudget budget;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicLong tokens = new AtomicLong();

    JobSpending(CopyBudget budget) {
        this.budget = budget;
    }

    /** Takes one call of the budget, or says that the budget is spent. */
    void takeCall() throws CopyUnavailableException {
        if (tokens.get() >= budget.maxTokens()) {
            throw new CopyUnavailableException("this generation's AI copy budget of " + budget.maxTokens()
                    + " tokens is spent; the remaining bundles get template copy");
        }
        int taken = calls.getAndUpdate(n -> n < budget.maxCalls() ? n + 1 : n);
        if (taken >= budget.maxCalls()) {
            throw new CopyUnavailableException("this generation's AI copy budget of " + budget.maxCalls()
                    + " calls is spent; the remaining bundles get template copy");
        }
    }

    void spendTokens(long used) {
        tokens.addAndGet(Math.max(0, used));
    }

    int calls() {
        return calls.get();
    }

    long tokens() {
        return tokens.get();
    }
}
