package com.cartwise.application.flags;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.candidates.CandidateSettings;
import com.cartwise.domain.bundles.ranking.RankingSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every flag Cartwise knows, in one place: a flag not declared here cannot be set. Each has a
 * global value (its default until an operator sets one) that a shop's own value overrides.
 * docs/FLAGS.md lists them; a test checks that it lists each.
 */
public final class FlagCatalogue {
    public static final Flag KILL_SWITCH = Flag.bool("kill_switch", false, "Stops bundle generation (running generations are"
            + " cancelled, new ones refused) and makes the till's recommendations best sellers only (source popularity).");

    public static final Flag QUICK_START = Flag.bool("bundles.quick_start", true, "A shop's first generation publishes quick-start"
            + " bundles from its best sellers before the full pipeline runs.");
    public static final Flag RECOMMENDER_PAIRS = Flag.bool("bundles.recommender_pairs", true, "The candidates phase takes the"
            + " recommender's top pairs as candidates besides mined rules and co-visitation.");
    public static final Flag OUTCOME_LEARNING = Flag.bool("bundles.outcome_learning", true, "The pricing phase learns discounts"
            + " from recorded bundle outcomes; off, every bundle is priced as if none were recorded.");
    public static final Flag AI_COPY = Flag.bool("bundles.ai_copy", true, "The AI writer may write bundle copy (when a generation"
            + " asks for it and a key is configured); off, the template writes every copy, also in running generations.");
    public static final Flag PARETO_ONLY = Flag.bool("bundles.pareto_only", RankingSettings.DEFAULTS.paretoOnly(), "A generation's"
            + " default for pareto_only: keep per objective only the bundles no other beats on revenue, margin and inventory risk.");
    public static final Flag MIN_SUPPORT = Flag.number("bundles.min_support", CandidateSettings.DEFAULTS.minSupport(), 0, true, 1,
            "A generation's default minimum support (a share of orders) for mined itemsets.");
    public static final Flag MIN_CONFIDENCE = Flag.number("bundles.min_confidence", CandidateSettings.DEFAULTS.minConfidence(), 0,
            false, 1, "A generation's default minimum confidence of association rules.");
    public static final Flag MAX_BUNDLE_SIZE = Flag.integer("bundles.max_bundle_size", CandidateSettings.DEFAULTS.maxBundleSize(), 2,
            3, "A generation's default largest itemset mined and FBT bundle made.");
    public static final Flag MIN_ORDERS_TOGETHER = Flag.integer("bundles.min_orders_together",
            CandidateSettings.DEFAULTS.minOrdersTogether(), 1, 1_000_000, "A generation's default number of orders a set of"
                    + " variants must share to count as evidence.");

    public static final Flag SCORER = Flag.text("recommender.scorer", "", TextRule.SCORER, "The scorer a training ranks by when it"
            + " names none (cosine, lift, co_occurrence+recent ...); empty: the one evaluation chooses.");
    public static final Flag RETRAINING_CRON = Flag.text("retraining.cron", "", TextRule.CRON, "When the shop is retrained: a cron"
            + " expression (seconds minutes hours day-of-month month day-of-week, e.g. \"0 0 3 * * *\"), \"off\", or empty for"
            + " cartwise.retraining.cron.");

    public static final Flag HOLDOUT_SHARE = Flag.number("holdout.share", 0, 0, false, 1, "The share of carts (by a stable hash"
            + " of the till's session id, else of the cart) answered from the control arm instead of co-purchases, for the A/B"
            + " report; 0: no holdout.");
    public static final Flag HOLDOUT_CONTROL = Flag.text("holdout.control", "popularity", TextRule.HOLDOUT_CONTROL, "What the"
            + " holdout's control arm answers: popularity (best sellers only) or none (no recommendations).");

    public static final List<Flag> ALL = List.of(KILL_SWITCH, QUICK_START, RECOMMENDER_PAIRS, OUTCOME_LEARNING, AI_COPY, PARETO_ONLY,
            MIN_SUPPORT, MIN_CONFIDENCE, MAX_BUNDLE_SIZE, MIN_ORDERS_TOGETHER, SCORER, RETRAINING_CRON, HOLDOUT_SHARE, HOLDOUT_CONTROL);

    private static final Map<String, Flag> BY_NAME = ALL.stream().collect(Collectors.toUnmodifiableMap(Flag::name, Function.identity()));

    private FlagCatalogue() {
    }

    public static Optional<Flag> find(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
    }

    /** @throws InvalidInputException (field {@code name}) for a name the catalogue does not declare */
    public static Flag require(String name) {
        return find(name).orElseThrow(() -> new InvalidInputException("name", "no flag is named '" + name + "'; the flags are "
                + ALL.stream().map(Flag::name).collect(Collectors.joining(", "))));
    }
}
