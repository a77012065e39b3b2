package com.cartwise.application.bundles;

import com.cartwise.application.port.CopyWriter;
import com.cartwise.domain.bundles.copy.BundleCopy;
import com.cartwise.domain.bundles.copy.CopyBrief;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** AI copy writers as the tests need them: counting calls and calls at once, failing some briefs. */
final class CopyWriters {
    private CopyWriters() {
    }

    /** Writes "AI: <title>" copy after a short wait, refusing the briefs {@code refuses} picks; counts everything. */
    static final class Counting implements CopyWriter {
        static final String NAME = "test-ai:model-1";
        private final Predicate<CopyBrief> refuses;
        private final long millis;
        private final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final List<CopyBrief> asked = new ArrayList<>();
        private Runnable onCall = () -> {
        };

        Counting(Predicate<CopyBrief> refuses, long millis) {
            this.refuses = refuses;
            this.millis = millis;
        }

        /** Runs {@code action} at each call, before answering (e.g. the merchant cancels meanwhile). */
        Counting onCall(Runnable action) {
            this.onCall = action;
            return this;
        }

        @Override
        public BundleCopy write(CopyBrief brief) throws CopyUnavailableException {
            int now = inFlight.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            try {
                synchronized (asked) {
                    asked.add(brief);
                }
                onCall.run();
                Thread.sleep(millis);
                if (refuses.test(brief)) {
                    throw new CopyUnavailableException("the service answered 503 three times");
                }
                return new BundleCopy("AI: " + String.join(" & ", brief.productNames()), "Written for " + brief.objective().wireName(),
                        "Made by a test", NAME);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CopyUnavailableException("interrupted", e);
            } finally {
                inFlight.decrementAndGet();
            }
        }

        int calls() {
            synchronized (asked) {
                return asked.size();
            }
        }
    }
}
