package com.cartwise.domain.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Objective;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscountBanditTest {
    private static final CapRange SLOW = DiscountCaps.DEFAULTS.of(Objective.CLEAR_SLOW_MOVERS); // 10-40%: arms 10, 15, 20, 25
    private static final DiscountBandit.Choice PRIOR = new DiscountBandit.Choice(DiscountRate.ofPercent(12), DiscountBasis.SHRUNK_HISTORY);

    private static BanditSettings settings(double epsilon, long seed) {
        return new BanditSettings(true, BanditSettings.DEFAULTS.arms(), epsilon, seed, 100);
    }

    private static final List<BundleKey> KEYS = keys(1000);

    private static List<BundleKey> keys(int n) {
        List<BundleKey> keys = new ArrayList<>();
        for (long i = 1; i <= n; i++) {
            keys.add(BundleKey.of(BundleType.FBT, Objective.CLEAR_SLOW_MOVERS, List.of(i, i + 1)));
        }
        return keys;
    }

    private static BundleOutcome outcome(int percent, long impressions, long purchases, String revenue) {
        return new BundleOutcome(KEYS.get(0), Objective.CLEAR_SLOW_MOVERS, DiscountRate.ofPercent(percent), impressions, purchases,
                new BigDecimal(revenue));
    }

    private static List<DiscountBandit.Choice> choices(BanditSettings settings, ArmStatistics stats) {
        DiscountBandit bandit = new DiscountBandit(settings);
        return KEYS.stream().map(k -> bandit.choose(k, Objective.CLEAR_SLOW_MOVERS, SLOW, PRIOR, stats)).toList();
    }

    @Test
    void theSameSeedGivesTheSameChoices() {
        ArmStatistics none = ArmStatistics.of(List.of());

        assertEquals(choices(settings(0.1, 42), none), choices(settings(0.1, 42), none));
        assertNotEquals(choices(settings(0.1, 42), none), choices(settings(0.1, 43), none));
    }

    @Test
    void exploresAboutEpsilonOfTheTimeAmongTheArmsWithinTheCaps() {
        List<DiscountBandit.Choice> choices = choices(settings(0.1, 42), ArmStatistics.of(List.of()));

        long explored = choices.stream().filter(c -> c.basis() == DiscountBasis.BANDIT_EXPLORE).count();
        assertTrue(explored > 70 && explored < 130, "explored " + explored + " of 1000 at epsilon 0.1");
        assertTrue(choices.stream().filter(c -> c.basis() == DiscountBasis.BANDIT_EXPLORE).allMatch(c -> SLOW.contains(c.rate())
                && c.rate().compareTo(DiscountRate.ofPercent(25)) <= 0 && c.rate().compareTo(DiscountRate.ofPercent(10)) >= 0));
        assertTrue(choices.stream().filter(c -> c.basis() != DiscountBasis.BANDIT_EXPLORE).allMatch(c -> c.equals(PRIOR)),
                "without outcomes, exploiting keeps the prior");
    }

    @Test
    void exploitsTheArmWithTheMostRevenuePerImpressionOnceItHasEnoughImpressions() {
        // 15%: 200 impressions, 900.00 -> 4.50 each; 20%: 300 impressions, 1200.00 -> 4.00; 25%: 50 impressions, 500.00 -> too few
        ArmStatistics stats = ArmStatistics.of(List.of(outcome(15, 150, 10, "700.00"), outcome(15, 50, 3, "200.00"),
                outcome(20, 300, 30, "1200.00"), outcome(25, 50, 10, "500.00")));

        List<DiscountBandit.Choice> choices = choices(settings(0.0, 7), stats);

        assertTrue(choices.stream().allMatch(c -> c.equals(new DiscountBandit.Choice(DiscountRate.ofPercent(15), DiscountBasis.BANDIT_EXPLOIT))));
        assertEquals(4.5, stats.revenuePerImpression(Objective.CLEAR_SLOW_MOVERS, DiscountRate.ofPercent(15)).getAsDouble(), 1e-12);
        assertEquals(13, stats.purchases(Objective.CLEAR_SLOW_MOVERS, DiscountRate.ofPercent(15)));
    }

    @Test
    void onTiedRevenueTheSmallerDiscountWins() {
        ArmStatistics stats = ArmStatistics.of(List.of(outcome(20, 100, 5, "400.00"), outcome(10, 200, 5, "800.00")));

        assertEquals(DiscountRate.ofPercent(10), choices(settings(0.0, 7), stats).get(0).rate());
    }

    @Test
    void alwaysExploresAtEpsilonOneAndNeverWhenDisabled() {
        assertTrue(choices(settings(1.0, 7), ArmStatistics.of(List.of())).stream().allMatch(c -> c.basis() == DiscountBasis.BANDIT_EXPLORE));
        BanditSettings off = new BanditSettings(false, BanditSettings.DEFAULTS.arms(), 1.0, 7, 100);
        assertTrue(choices(off, ArmStatistics.of(List.of())).stream().allMatch(PRIOR::equals));
    }

    @Test
    void learnsOnlyFromTheSameObjective() {
        ArmStatistics stats = ArmStatistics.of(List.of(new BundleOutcome(KEYS.get(0), Objective.INCREASE_AOV, DiscountRate.ofPercent(15),
                1000, 100, new BigDecimal("9000"))));

        assertTrue(choices(settings(0.0, 7), stats).stream().allMatch(PRIOR::equals));
    }
}
