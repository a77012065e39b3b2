package com.cartwise.domain.pricing;

import com.cartwise.domain.InvalidInputException;
import java.util.List;

/**
 * @param enabled        whether the bandit chooses at all (off: every bundle gets its prior)
 * @param arms           the discounts it chooses among, restricted per bundle to the objective's caps
 * @param epsilon        the share of bundles given a random arm
 * @param seed           seeds every bundle's random stream, with the bundle's key
 * @param minImpressions impressions an arm needs before its revenue is trusted
 */
public record BanditSettings(boolean enabled, List<DiscountRate> arms, double epsilon, long seed, long minImpressions) {
    /**
     * The reference generator's arms (5, 10, 15, 20, 25%) and 10% exploration; 100 impressions
     * before an arm's revenue per impression is believed (at a few percent conversion, fewer say
     * nothing).
     */
    public static final BanditSettings DEFAULTS = new BanditSettings(true,
            List.of(DiscountRate.ofPercent(5), DiscountRate.ofPercent(10), DiscountRate.ofPercent(15), DiscountRate.ofPercent(20),
                    DiscountRate.ofPercent(25)), 0.1, 20_251_101L, 100);

    public BanditSettings {
        InvalidInputException.require(arms != null && !arms.isEmpty(), "bandit.arms", "at least one arm is required");
        arms = arms.stream().distinct().sorted().toList();
        InvalidInputException.require(epsilon >= 0 && epsilon <= 1, "bandit.epsilon", "must be in [0, 1], but was " + epsilon);
        InvalidInputException.require(minImpressions >= 1, "bandit.min_impressions", "must be at least 1, but was " + minImpressions);
    }
}
