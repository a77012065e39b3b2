package com.cartwise.domain.pricing;

import com.cartwise.domain.bundles.Objective;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Outcomes pooled per objective and discount: one bundle is shown too rarely to learn its own
 * best discount, but all "clear slow movers" bundles at 20% together say how 20% does.
 */
public final class ArmStatistics {
    private final Map<Objective, Map<DiscountRate, long[]>> impressionsAndPurchases = new EnumMap<>(Objective.class);
    private final Map<Objective, Map<DiscountRate, BigDecimal>> revenue = new EnumMap<>(Objective.class);

    private ArmStatistics() {
    }

    public static ArmStatistics of(List<BundleOutcome> outcomes) {
        ArmStatistics stats = new ArmStatistics();
        for (BundleOutcome o : outcomes) {
            long[] counts = stats.impressionsAndPurchases.computeIfAbsent(o.objective(), k -> new TreeMap<>())
                    .computeIfAbsent(o.discount(), k -> new long[2]);
            counts[0] += o.impressions();
            counts[1] += o.purchases();
            stats.revenue.computeIfAbsent(o.objective(), k -> new TreeMap<>()).merge(o.discount(), o.revenue(), BigDecimal::add);
        }
        return stats;
    }

    public long impressions(Objective objective, DiscountRate arm) {
        return counts(objective, arm)[0];
    }

    public long purchases(Objective objective, DiscountRate arm) {
        return counts(objective, arm)[1];
    }

    /** Revenue per impression, the bandit's reward: it weighs both conversion and what the discount gives away. */
    public OptionalDouble revenuePerImpression(Objective objective, DiscountRate arm) {
        long impressions = impressions(objective, arm);
        if (impressions == 0) {
            return OptionalDouble.empty();
        }
        BigDecimal total = revenue.getOrDefault(objective, Map.of()).getOrDefault(arm, BigDecimal.ZERO);
        return OptionalDouble.of(total.doubleValue() / impressions);
    }

    private long[] counts(Objective objective, DiscountRate arm) {
        return impressionsAndPurchases.getOrDefault(objective, Map.of()).getOrDefault(arm, new long[2]);
    }
}
