package com.cartwise.application.bundles.generation;

import com.cartwise.application.flags.FlagCatalogue;
import com.cartwise.application.flags.values.FlagValues;
import com.cartwise.application.jobs.Job;
import com.cartwise.application.port.Jobs;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;

/**
 * What the operator's flags say about a shop's generations: the thresholds a start defaults to,
 * the phases a run skips, whether the AI may write copy, and the kill switch, which refuses a start
 * and cancels a running generation through the job system (so the job ends cancelled, as if the
 * merchant had cancelled it, on whichever replica runs it).
 */
public final class GenerationFlags {
    static final String SWITCHED_OFF = "Bundle generation is switched off (kill switch) for shop '%s': ask the operator to turn"
            + " kill_switch off, then start again.";

    private final FlagValues flags;
    private final Jobs jobs;
    private final Clock clock;

    public GenerationFlags(FlagValues flags, Jobs jobs, Clock clock) {
        this.flags = flags;
        this.jobs = jobs;
        this.clock = clock;
    }

    boolean switchedOff(ShopId shop) {
        return flags.on(FlagCatalogue.KILL_SWITCH, shop);
    }

    /** The shop's default thresholds: the flags' values (each the domain's default until set). */
    GenerationThresholds thresholds(ShopId shop) {
        return new GenerationThresholds(flags.number(FlagCatalogue.MIN_SUPPORT, shop), flags.number(FlagCatalogue.MIN_CONFIDENCE, shop),
                (int) flags.number(FlagCatalogue.MAX_BUNDLE_SIZE, shop), (int) flags.number(FlagCatalogue.MIN_ORDERS_TOGETHER, shop),
                flags.on(FlagCatalogue.PARETO_ONLY, shop));
    }

    /** The optional phases of a run, as the flags are when it starts. */
    Phases phases(ShopId shop) {
        return new Phases(flags.on(FlagCatalogue.QUICK_START, shop), flags.on(FlagCatalogue.RECOMMENDER_PAIRS, shop),
                flags.on(FlagCatalogue.OUTCOME_LEARNING, shop));
    }

    /** Looked at for each wave, so that turning AI copy off takes effect in a running generation. */
    boolean aiCopy(ShopId shop) {
        return flags.on(FlagCatalogue.AI_COPY, shop);
    }

    /** True, having asked the job system to cancel the job, when the kill switch is on for its shop. */
    boolean stops(Job job) {
        if (!switchedOff(job.shop())) {
            return false;
        }
        jobs.requestCancel(job.shop(), job.id(), clock.instant());
        return true;
    }

    /**
     * The phases a run may skip.
     *
     * @param quickStart       a first generation publishes quick-start bundles first
     * @param recommenderPairs the recommender's top pairs are candidates
     * @param outcomeLearning  pricing learns from recorded outcomes
     */
    record Phases(boolean quickStart, boolean recommenderPairs, boolean outcomeLearning) {
        static final Phases ALL = new Phases(true, true, true);
    }
}
