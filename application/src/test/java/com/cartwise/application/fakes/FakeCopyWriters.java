package com.cartwise.application.fakes;

import com.cartwise.application.port.CopyBudget;
import com.cartwise.application.port.CopyWriter;
import com.cartwise.application.port.CopyWriters;
import com.cartwise.domain.bundles.copy.BundleCopy;
import com.cartwise.domain.bundles.copy.CopyBrief;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An AI copy writer without the AI: copy made from the brief ("AI: Ski + Ski Wax"), writer
 * {@link #NAME}; it keeps each job's call budget, counts every call, and can be made unavailable.
 * Stands in for the OpenAI adapter in use-case tests.
 */
public final class FakeCopyWriters implements CopyWriters {
    public static final String NAME = "fake-ai";

    private final AtomicInteger calls = new AtomicInteger();
    private final List<CopyBudget> budgets = new CopyOnWriteArrayList<>();
    private volatile String unavailable;

    @Override
    public CopyWriter forJob(CopyBudget budget) {
        budgets.add(budget);
        AtomicInteger callsOfJob = new AtomicInteger();
        return brief -> {
            if (unavailable != null) {
                throw new CopyWriter.CopyUnavailableException(unavailable);
            }
            if (callsOfJob.incrementAndGet() > budget.maxCalls()) {
                throw new CopyWriter.CopyUnavailableException("the job's AI copy budget of " + budget.maxCalls() + " calls is spent");
            }
            calls.incrementAndGet();
            return copyOf(brief);
        };
    }

    /** What this writer writes for a brief. */
    public static BundleCopy copyOf(CopyBrief brief) {
        String title = "AI: " + String.join(" + ", brief.productNames());
        return new BundleCopy(title, "AI description of " + title + " at " + brief.priceText() + ".", "AI tagline", NAME);
    }

    /** From now on every call fails with this merchant-safe message. */
    public void makeUnavailable(String message) {
        unavailable = message;
    }

    /** Calls that produced copy, over all jobs. */
    public int calls() {
        return calls.get();
    }

    /** The budget of each job opened so far, in order. */
    public List<CopyBudget> budgets() {
        return new ArrayList<>(budgets);
    }
}
