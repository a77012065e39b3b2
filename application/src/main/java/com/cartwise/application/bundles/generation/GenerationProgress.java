package com.cartwise.application.bundles.generation;

import com.cartwise.application.jobs.JobContext;
import com.cartwise.application.jobs.JobStopped;
import com.cartwise.application.jobs.JobTally;
import com.cartwise.domain.mining.Progress;
import com.cartwise.domain.mining.WorkCancelledException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A generation's progress as its job reports it: the phase, the job's percent (each phase a span
 * of it), a message, and the counts reached so far (orders, variants, rules, candidates, bundles,
 * published). Hands each domain phase a {@link Progress} on its span; a cancel request or a lost
 * lease stops the domain at its next checkpoint, and {@link #stopped} turns that back into the
 * job's own stop.
 */
final class GenerationProgress {
    static final String ORDERS = "orders";
    static final String VARIANTS = "variants";
    static final String RULES = "rules";
    static final String CANDIDATES = "candidates";
    static final String BUNDLES = "bundles";
    static final String PUBLISHED = "published";

    private final JobContext context;
    private final BooleanSupplier switchedOff;
    private final Map<String, Long> tallies = new LinkedHashMap<>();
    private volatile JobStopped stop;

    /** @param switchedOff true when the operator's kill switch stops the job (having asked the job system to cancel it) */
    GenerationProgress(JobContext context, BooleanSupplier switchedOff) {
        this.context = context;
        this.switchedOff = switchedOff;
    }

    /** Reports the start of a phase (or a step of it) with its message. */
    void at(GenerationPhase phase, double fraction, String message) {
        context.progress(phase.wireName(), phase.at(fraction), message, tallies());
    }

    /** Counts something reached so far; shown from the next report on. */
    synchronized void tally(String name, long count) {
        tallies.put(name, count);
    }

    synchronized long tally(String name) {
        return tallies.getOrDefault(name, 0L);
    }

    private synchronized List<JobTally> tallies() {
        List<JobTally> list = new ArrayList<>(tallies.size());
        tallies.forEach((name, count) -> list.add(new JobTally(name, count)));
        return list;
    }

    /** Stops here when the merchant cancelled, the kill switch is on or the lease was lost. */
    void check() {
        if (switchedOff.getAsBoolean()) {
            throw JobStopped.byCancel();
        }
        context.checkCancelled();
    }

    /**
     * A domain phase's progress over {@code from}..{@code to} of this phase's span, reported with
     * {@code message}; its cancel check is the job's.
     */
    Progress domain(GenerationPhase phase, double from, double to, String message) {
        return new Progress() {
            @Override
            public void report(double fractionDone) {
                at(phase, from + (to - from) * fractionDone, message);
            }

            @Override
            public boolean cancelRequested() {
                try {
                    check();
                    return false;
                } catch (JobStopped stopped) {
                    stop = stopped;
                    return true;
                }
            }
        };
    }

    /** The job's stop behind a {@link WorkCancelledException} a domain phase threw. */
    JobStopped stopped(WorkCancelledException cancelled) {
        JobStopped known = stop;
        if (known == null) {
            throw new IllegalStateException("a domain phase stopped without a cancel request", cancelled);
        }
        return known;
    }
}
