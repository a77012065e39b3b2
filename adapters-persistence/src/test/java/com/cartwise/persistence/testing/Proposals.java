package com.cartwise.persistence.testing;

import com.cartwise.application.bundles.generation.BundleGenerationRequest;
import com.cartwise.application.bundles.generation.GenerationThresholds;
import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.port.Jobs;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.CandidateSource;
import com.cartwise.domain.bundles.Evidence;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.copy.BundleCopy;
import com.cartwise.domain.bundles.copy.ProposedBundle;
import com.cartwise.domain.bundles.explanation.ExplainedBundle;
import com.cartwise.domain.bundles.explanation.Explanation;
import com.cartwise.domain.bundles.ranking.BundleOutlook;
import com.cartwise.domain.bundles.ranking.Features;
import com.cartwise.domain.bundles.ranking.RankedCandidate;
import com.cartwise.domain.pricing.BundlePrice;
import com.cartwise.domain.pricing.CapRange;
import com.cartwise.domain.pricing.DiscountBasis;
import com.cartwise.domain.pricing.DiscountRate;
import com.cartwise.domain.pricing.Offer;
import com.cartwise.domain.pricing.PricedBundle;
import com.cartwise.domain.shop.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Proposed bundles built by hand, one of each offer kind, with every column's value made
 * distinctive (money with trailing zeros, an unknown margin, two sources), so that a round trip
 * through a store shows each one comes back as it went in.
 */
public final class Proposals {
    private static final Currency EUR = Currency.getInstance("EUR");

    private Proposals() {
    }

    /** Skis + wax at 15% off, from two sources, margin known. */
    public static ProposedBundle fbt(long anchor, long addOn, int rank) {
        return fbtListedAt(anchor, addOn, rank, "412.00", "350.20");
    }

    /** The same pair priced on other item prices: its items cost {@code listPrice} together. */
    public static ProposedBundle fbtListedAt(long anchor, long addOn, int rank, String listPrice, String bundlePrice) {
        Evidence evidence = Evidence.ofPair(120, 37, anchor, addOn, 60, 45);
        Candidate candidate = new Candidate(BundleType.FBT, Objective.INCREASE_AOV, List.of(anchor, addOn),
                Set.of(CandidateSource.ASSOCIATION_RULE, CandidateSource.CO_VISITATION), evidence);
        BundlePrice price = new BundlePrice(EUR, new BigDecimal(listPrice), new BigDecimal(bundlePrice),
                new Offer.PercentOff(DiscountRate.ofPercent(15)), new DiscountRate(new BigDecimal("0.1500")), DiscountBasis.SHRUNK_HISTORY,
                CapRange.percent(5, 20), false, new BigDecimal("120.20"));
        return proposal(candidate, rank, 0.61, price, "Skis + Ski Wax", "template");
    }

    /** A quick start's pair: two best sellers at a fixed 10%. */
    public static ProposedBundle quickStart(long anchor, long addOn, int rank) {
        Candidate candidate = new Candidate(BundleType.FBT, Objective.INCREASE_AOV, List.of(anchor, addOn), Set.of(CandidateSource.QUICK_START),
                Evidence.ofPair(120, 2, anchor, addOn, 60, 45));
        BundlePrice price = new BundlePrice(EUR, new BigDecimal("100.00"), new BigDecimal("90.00"),
                new Offer.PercentOff(DiscountRate.ofPercent(10)), DiscountRate.ofPercent(10), DiscountBasis.FIXED, CapRange.percent(10, 10),
                false, null);
        return proposal(candidate, rank, 0.2, price, "Boots + Socks", "template");
    }

    /** Coffee in quantity breaks: 2 at 10% off, 3 at 15% off; cost unknown. */
    public static ProposedBundle volume(long variant, int rank) {
        Candidate candidate = new Candidate(BundleType.VOLUME, Objective.SUBSCRIPTION_PUSH, List.of(variant),
                Set.of(CandidateSource.PRODUCT_FLAGS), Evidence.ofSingle(120, variant, 44));
        BundlePrice price = new BundlePrice(EUR, new BigDecimal("36.00"), new BigDecimal("30.60"), new Offer.QuantityBreaks(List.of(
                new Offer.Tier(2, DiscountRate.ofPercent(10), new BigDecimal("10.80")),
                new Offer.Tier(3, DiscountRate.ofPercent(15), new BigDecimal("10.20")))), DiscountRate.ofPercent(15),
                DiscountBasis.SIMILARITY_DEFAULT, CapRange.percent(5, 15), false, null);
        return proposal(candidate, rank, 0.42, price, "Stock up on Coffee", "openai:gpt-test");
    }

    /** Buy boots, get socks at 60% off, the discount cut to stay above cost. */
    public static ProposedBundle bogo(long buy, long get, int rank) {
        Candidate candidate = new Candidate(BundleType.BOGO, Objective.CLEAR_SLOW_MOVERS, List.of(buy, get),
                Set.of(CandidateSource.FALLBACK_SAME_CATEGORY), Evidence.ofPair(120, 3, buy, get, 20, 9));
        BundlePrice price = new BundlePrice(EUR, new BigDecimal("140.00"), new BigDecimal("128.00"),
                new Offer.BuyOneGetOne(buy, get, DiscountRate.ofPercent(60)), new DiscountRate(new BigDecimal("0.0857")),
                DiscountBasis.BANDIT_EXPLORE, CapRange.percent(10, 40), true, new BigDecimal("8.50"));
        return proposal(candidate, rank, 0.3, price, "Buy Boots, get Socks at 60% off", "template");
    }

    /** Any 2 of three skis at 12% off. */
    public static ProposedBundle mixAndMatch(long a, long b, long c, int rank) {
        Evidence evidence = new Evidence(120, 2, List.of(a, b, c), List.of(30, 25, 20), List.of(8, 6, 5));
        Candidate candidate = new Candidate(BundleType.MIX_AND_MATCH, Objective.CATEGORY_BUNDLE, List.of(a, b, c),
                Set.of(CandidateSource.CO_VISITATION), evidence);
        BundlePrice price = new BundlePrice(EUR, new BigDecimal("700.00"), new BigDecimal("616.00"),
                new Offer.PickAny(2, DiscountRate.ofPercent(12)), DiscountRate.ofPercent(12), DiscountBasis.BANDIT_EXPLOIT,
                CapRange.percent(5, 20), false, new BigDecimal("216.00"));
        return proposal(candidate, rank, 0.5, price, "Mix & match Skis: any 2 at 12% off", "template");
    }

    private static ProposedBundle proposal(Candidate candidate, int rank, double score, BundlePrice price, String title, String writer) {
        RankedCandidate ranked = new RankedCandidate(candidate, new Features(0.41, 0.52, 0.33, 0.25, 0.875), score,
                new BundleOutlook(120.5, 33.25, 0.125), rank);
        ExplainedBundle explained = new ExplainedBundle(new PricedBundle(ranked, price),
                new Explanation(List.of("Bought together in 37 of 60 orders with Ski Wax (1.6× chance)", "raises the order value")));
        return new ProposedBundle(explained, new BundleCopy(title, "Get both for less.", "Better together", writer),
                "c0ffee" + rank);
    }

    /** A bundle generation job of the shop, stored and ended (cancelled while queued), so that rows can name it and more can follow. */
    public static JobId run(Jobs jobs, ShopId shop) {
        JobId id = JobId.random();
        Job job = Job.queued(shop, id, new BundleGenerationRequest(EnumSet.allOf(Objective.class), EnumSet.allOf(BundleType.class),
                GenerationThresholds.DEFAULTS, false, Instant.parse("2024-04-01T08:00:00Z")), Instant.parse("2024-04-01T08:00:00Z"));
        if (!(jobs.enqueue(job) instanceof Jobs.Enqueued.Accepted)) {
            throw new IllegalStateException("the shop is busy");
        }
        if (jobs.requestCancel(shop, id, Instant.parse("2024-04-01T08:00:01Z")).map(Job::state).orElseThrow() != JobState.CANCELLED) {
            throw new IllegalStateException("a queued job is cancelled at once");
        }
        return id;
    }
}
