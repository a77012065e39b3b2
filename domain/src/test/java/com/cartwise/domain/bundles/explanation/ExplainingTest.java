package com.cartwise.domain.bundles.explanation;

import static com.cartwise.domain.bundles.Shops.AS_OF;
import static com.cartwise.domain.bundles.Shops.created;
import static com.cartwise.domain.bundles.Shops.entry;
import static com.cartwise.domain.bundles.Shops.flagged;
import static com.cartwise.domain.bundles.Shops.repeat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.CandidateSource;
import com.cartwise.domain.bundles.Evidence;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.objectives.FlagThresholds;
import com.cartwise.domain.bundles.objectives.FlaggedShop;
import com.cartwise.domain.bundles.ranking.BundleOutlook;
import com.cartwise.domain.bundles.ranking.Features;
import com.cartwise.domain.bundles.ranking.RankedCandidate;
import com.cartwise.domain.mining.Progress;
import com.cartwise.domain.pricing.BundlePrice;
import com.cartwise.domain.pricing.CapRange;
import com.cartwise.domain.pricing.DiscountBasis;
import com.cartwise.domain.pricing.DiscountRate;
import com.cartwise.domain.pricing.Offer;
import com.cartwise.domain.pricing.PricedBundle;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExplainingTest {
    private static final long SKI = 1;
    private static final long WAX = 2;
    private static final long HELMET = 3;
    // wax: 95 on hand, 90 sold in 90 days: 95 days of cover, a slow mover; the helmet launched 12 days ago
    private final FlaggedShop shop = flagged(List.of(entry(SKI, "Ski", "Skis", "400.00", "240.00", 10),
            entry(WAX, "Ski Wax", "Skis", "12.00", "3.00", 95),
            created(entry(HELMET, "Helmet", "Skis", "120.00", "60.00", 10), AS_OF.minus(12, ChronoUnit.DAYS))), repeat(90, 1, WAX));

    private static PricedBundle priced(Candidate candidate, BundlePrice price) {
        return new PricedBundle(new RankedCandidate(candidate, new Features(0.5, 0.5, 0.5, 0.5, 0.5), 0.5, new BundleOutlook(1, 1, 0), 1),
                price);
    }

    private static BundlePrice percentOff(int percent, String list, String price, DiscountBasis basis, CapRange caps) {
        return new BundlePrice(java.util.Currency.getInstance("EUR"), new BigDecimal(list), new BigDecimal(price),
                new Offer.PercentOff(DiscountRate.ofPercent(percent)), DiscountRate.ofPercent(percent), basis, caps, false, null);
    }

    private String explain(Candidate candidate, BundlePrice price) {
        return new Explaining(FlagThresholds.DEFAULTS).explain(List.of(priced(candidate, price)), shop, Progress.NONE).get(0).explanation().text();
    }

    @Test
    void saysHowOftenTheProductsAreBoughtTogetherAndWhyTheyServeTheObjective() {
        // 1,362 orders: wax in 120, ski in 100, both in 37: lift 37 x 1362 / (120 x 100) = 4.1995
        Candidate candidate = new Candidate(BundleType.FBT, Objective.CLEAR_SLOW_MOVERS, List.of(WAX, SKI), Set.of(CandidateSource.ASSOCIATION_RULE),
                Evidence.ofPair(1362, 37, WAX, SKI, 120, 100));

        String text = explain(candidate, percentOff(15, "412.00", "350.20", DiscountBasis.SHRUNK_HISTORY, CapRange.percent(10, 40)));

        assertEquals("Bought together in 37 of 120 orders with Ski Wax (4.2× chance); clears slow-moving stock (Ski Wax: 95 days of cover); "
                + "15% off: the discount these products usually sell at, within the 10–40% range for clear slow movers", text);
    }

    @Test
    void marksAFallbackAsSuchAndNamesTheLaunch() {
        Candidate candidate = new Candidate(BundleType.FBT, Objective.NEW_LAUNCH, List.of(SKI, HELMET), Set.of(CandidateSource.FALLBACK_SAME_CATEGORY),
                Evidence.ofPair(90, 0, SKI, HELMET, 0, 0));

        String text = explain(candidate, percentOff(10, "520.00", "468.00", DiscountBasis.SIMILARITY_DEFAULT, CapRange.percent(5, 15)));

        assertEquals("Same category (Skis) at a complementary price; too few orders yet to show what sells together; "
                + "introduces Helmet, launched 12 days ago; 10% off: a default discount, smaller for products that belong together", text);
    }

    @Test
    void anOrderValueBundleSaysWhatItAddsToTheOrder() {
        Candidate candidate = new Candidate(BundleType.FBT, Objective.INCREASE_AOV, List.of(SKI, WAX), Set.of(CandidateSource.CO_VISITATION),
                Evidence.ofPair(100, 10, SKI, WAX, 20, 30));

        String text = explain(candidate, percentOff(5, "412.00", "391.40", DiscountBasis.BANDIT_EXPLORE, CapRange.percent(5, 20)));

        assertEquals("Bought together in 10 of 20 orders with Ski (1.7× chance); raises the order from 400.00 EUR to 391.40 EUR; "
                + "5% off: a discount being tested", text);
    }

    @Test
    void wordsEveryOffer() {
        assertEquals("any 2 at 15% off", Wording.offer(new Offer.PickAny(2, DiscountRate.ofPercent(15))));
        assertEquals("2 at 10% off, 3 at 15% off", Wording.offer(new Offer.QuantityBreaks(List.of(
                new Offer.Tier(2, DiscountRate.ofPercent(10), BigDecimal.ONE), new Offer.Tier(3, DiscountRate.ofPercent(15), BigDecimal.ONE)))));
        assertEquals("second free", Wording.offer(new Offer.BuyOneGetOne(1, 1, DiscountRate.ofPercent(100))));
        assertEquals("second at 60% off", Wording.offer(new Offer.BuyOneGetOne(1, 2, DiscountRate.ofPercent(60))));
    }
}
