package com.cartwise.domain.pricing;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.bundles.Objective;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * Epsilon-greedy choice among discount arms, learning from recorded outcomes: with probability
 * epsilon a uniformly random arm within the objective's caps (explore), otherwise the arm with the
 * most revenue per impression among those shown at least {@code minImpressions} times (exploit;
 * ties go to the smaller discount). When no arm has enough impressions yet, the prior rate
 * stands (the shrunk history or the similarity default). The random stream of a bundle is seeded
 * by {@code seed} and the bundle's key, so a run is reproducible and a bundle's draw does not
 * depend on which others are priced with it.
 */
public final class DiscountBandit {
    private final BanditSettings settings;

    public DiscountBandit(BanditSettings settings) {
        InvalidInputException.require(settings != null, "bandit_settings", "are required");
        this.settings = settings;
    }

    /** The bandit's choice for one bundle, and why. */
    public record Choice(DiscountRate rate, DiscountBasis basis) {
    }

    public Choice choose(BundleKey bundle, Objective objective, CapRange caps, Choice prior, ArmStatistics stats) {
        List<DiscountRate> arms = settings.arms().stream().filter(caps::contains).toList();
        if (!settings.enabled() || arms.isEmpty()) {
            return prior;
        }
        SplittableRandom random = new SplittableRandom(settings.seed() ^ bundle.asLong());
        if (random.nextDouble() < settings.epsilon()) {
            return new Choice(arms.get(random.nextInt(arms.size())), DiscountBasis.BANDIT_EXPLORE);
        }
        DiscountRate best = null;
        double bestReward = Double.NEGATIVE_INFINITY;
        for (DiscountRate arm : arms) {
            OptionalDouble reward = stats.revenuePerImpression(objective, arm);
            if (stats.impressions(objective, arm) >= settings.minImpressions() && reward.getAsDouble() > bestReward) {
                best = arm;
                bestReward = reward.getAsDouble();
            }
        }
        return best == null ? prior : new Choice(best, DiscountBasis.BANDIT_EXPLOIT);
    }
}
