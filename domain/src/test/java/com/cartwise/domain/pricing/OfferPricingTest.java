package com.cartwise.domain.pricing;

import static com.cartwise.domain.bundles.Shops.entry;
import static com.cartwise.domain.bundles.Shops.flagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.CandidateSource;
import com.cartwise.domain.bundles.Evidence;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.enrichment.Catalogue;
import com.cartwise.domain.bundles.enrichment.Enrichment;
import com.cartwise.domain.bundles.enrichment.EnrichmentSettings;
import com.cartwise.domain.bundles.enrichment.ShopProfile;
import com.cartwise.domain.bundles.Shops;
import com.cartwise.domain.mining.Progress;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfferPricingTest {
    private final ShopProfile shop = flagged(List.of(
            entry(1, "Ski", "Skis", "400.00", "240.00", 10), entry(2, "Wax", "Skis", "12.00", "3.00", 10),
            entry(3, "Boots", "Shoes", "100.00", "95.00", 10), entry(4, "Laces", "Shoes", "10.00", "9.00", 10),
            entry(5, "Socks", "Shoes", "20.00", "5.00", 10), entry(6, "Cap", "Apparel", "19.99", null, 10),
            entry(7, "Mug", "Home", "10.00", "4.00", 10), entry(8, "Cup", "Home", "12.00", "5.00", 10),
            entry(9, "Jug", "Home", "20.00", "18.00", 10), entry(10, "Tea", "Home", "30.00", "10.00", 10)), List.of()).profile();
    private final OfferPricing pricing = new OfferPricing(shop);
    private static final CapRange AOV = DiscountCaps.DEFAULTS.of(Objective.INCREASE_AOV);

    private static Candidate candidate(BundleType type, long... ids) {
        List<Long> variantIds = java.util.Arrays.stream(ids).boxed().toList();
        List<Integer> pairs = new ArrayList<>();
        for (int i = 0; i < ids.length * (ids.length - 1) / 2; i++) {
            pairs.add(0);
        }
        return new Candidate(type, Objective.INCREASE_AOV, variantIds, Set.of(CandidateSource.CO_VISITATION),
                new Evidence(10, 0, variantIds, variantIds.stream().map(id -> 1).toList(), pairs));
    }

    private BundlePrice price(Candidate candidate, int percent) {
        return pricing.price(candidate, DiscountRate.ofPercent(percent), DiscountBasis.SHRUNK_HISTORY, DiscountCaps.DEFAULTS.of(Objective.CLEAR_SLOW_MOVERS));
    }

    @Test
    void frequentlyBoughtTogetherTakesTheRateOffTheSum() {
        BundlePrice p = pricing.price(candidate(BundleType.FBT, 1, 2), DiscountRate.ofPercent(15), DiscountBasis.SHRUNK_HISTORY, AOV);

        assertEquals(new BigDecimal("412.00"), p.listPrice());
        assertEquals(new BigDecimal("350.20"), p.price()); // 412 x 0.85
        assertEquals(new BigDecimal("61.80"), p.savings());
        assertEquals(new BigDecimal("107.20"), p.marginIfKnown().orElseThrow()); // 350.20 - 243
        assertEquals(DiscountRate.ofPercent(15), p.effectiveRate());
        assertEquals(new Offer.PercentOff(DiscountRate.ofPercent(15)), p.offer());
        assertFalse(p.limitedByCost());
    }

    @Test
    void neverSellsBelowCost() {
        // boots 100 (cost 95) + laces 10 (cost 9): 110 costs 104, so at most floor(1 - 104/110 = 5.45%) = 5%
        BundlePrice p = price(candidate(BundleType.FBT, 3, 4), 20);

        assertEquals(new Offer.PercentOff(DiscountRate.ofPercent(5)), p.offer());
        assertEquals(new BigDecimal("104.50"), p.price());
        assertTrue(p.price().compareTo(new BigDecimal("104")) >= 0);
        assertTrue(p.limitedByCost(), "the cost floor overrides even the objective's 10% minimum");
    }

    @Test
    void roundsHalfUpToTheCurrencysScale() {
        // 19.99 x 0.85 = 16.9915 -> 16.99
        BundlePrice cap = pricing.price(candidate(BundleType.VOLUME, 6), DiscountRate.ofPercent(15), DiscountBasis.FIXED, AOV);
        Offer.QuantityBreaks breaks = (Offer.QuantityBreaks) cap.offer();
        assertEquals(new BigDecimal("16.99"), breaks.tiers().get(0).unitPrice());
        assertEquals(2, breaks.tiers().get(0).unitPrice().scale());
        // half a cent goes up: 10.05 x 0.9 = 9.045 -> 9.05
        ShopProfile pennies = flagged(List.of(entry(1, "Pen", "X", "10.05", null, 10), entry(2, "Pad", "X", "0.00", null, 10)), List.of())
                .profile();
        BundlePrice pen = new OfferPricing(pennies).price(candidate(BundleType.FBT, 1, 2), DiscountRate.ofPercent(10), DiscountBasis.FIXED, AOV);
        assertEquals(new BigDecimal("9.05"), pen.price());
    }

    @Test
    void aCurrencyWithoutMinorUnitsHasWholePrices() {
        ShopProfile yen = new Enrichment(EnrichmentSettings.DEFAULTS).enrich(new Catalogue(Currency.getInstance("JPY"),
                List.of(entry(1, "Tea", "X", "1999", null, 10), entry(2, "Cup", "X", "0", null, 10))), List.of(), Shops.AS_OF, Progress.NONE);

        BundlePrice p = new OfferPricing(yen).price(candidate(BundleType.FBT, 1, 2), DiscountRate.ofPercent(15), DiscountBasis.FIXED, AOV);

        assertEquals(new BigDecimal("1699"), p.price()); // 1699.15
    }

    @Test
    void volumeBreaksGiveTheRateOnTwoAndHalfAsMuchAgainOnThree() {
        // socks 20 (cost 5) at 10%: 2 at 18.00, 3 at 17.00 (15%); reference basket 3 units: 60.00 -> 51.00
        BundlePrice p = price(candidate(BundleType.VOLUME, 5), 10);

        Offer.QuantityBreaks breaks = (Offer.QuantityBreaks) p.offer();
        assertEquals(List.of(new Offer.Tier(2, DiscountRate.ofPercent(10), new BigDecimal("18.00")),
                new Offer.Tier(3, DiscountRate.ofPercent(15), new BigDecimal("17.00"))), breaks.tiers());
        assertEquals(new BigDecimal("60.00"), p.listPrice());
        assertEquals(new BigDecimal("51.00"), p.price());
        assertEquals(new BigDecimal("36.00"), p.marginIfKnown().orElseThrow()); // 51 - 3 x 5
    }

    @Test
    void buyOneGetOneDiscountsTheCheaperSoThePairGetsTheRate() {
        // boots 100 buy, socks 20 get: g = 0.10 x 120 / 20 = 60% -> socks 8.00, pair 108.00 (10% off 120)
        BundlePrice p = pricing.price(candidate(BundleType.BOGO, 3, 5), DiscountRate.ofPercent(10), DiscountBasis.FIXED, AOV);

        assertEquals(new Offer.BuyOneGetOne(3, 5, DiscountRate.ofPercent(60)), p.offer());
        assertEquals(new BigDecimal("108.00"), p.price());
        assertEquals(DiscountRate.ofPercent(10), p.effectiveRate());
    }

    @Test
    void buyOneGetTheSameGivesTheSecondAtTwiceTheRate() {
        // socks 20: second at 40% -> 20 + 12 = 32.00 of 40.00
        BundlePrice p = pricing.price(candidate(BundleType.BOGO, 5), DiscountRate.ofPercent(20), DiscountBasis.FIXED, AOV);

        assertEquals(new Offer.BuyOneGetOne(5, 5, DiscountRate.ofPercent(40)), p.offer());
        assertEquals(new BigDecimal("32.00"), p.price());
        assertEquals(new BigDecimal("40.00"), p.listPrice());
    }

    @Test
    void buyOneGetOneStopsWhereTheCostWould() {
        // boots 100 (cost 95) + laces 10 (cost 9): g <= (110 - 104) / 10 = 60%, though 20% x 110 / 10 asks for 220%
        BundlePrice p = pricing.price(candidate(BundleType.BOGO, 3, 4), DiscountRate.ofPercent(20), DiscountBasis.FIXED, AOV);

        assertEquals(new Offer.BuyOneGetOne(3, 4, DiscountRate.ofPercent(60)), p.offer());
        assertEquals(new BigDecimal("104.00"), p.price());
        assertTrue(p.limitedByCost());
    }

    @Test
    void mixAndMatchIsPricedFromTheTwoCheapestAndKeepsTheCostOfEveryPair() {
        // mug 10/4, cup 12/5, jug 20/18: pairs allow 59%, 26%, 28% -> 26%; from 22.00 -> 16.28
        BundlePrice p = pricing.price(candidate(BundleType.MIX_AND_MATCH, 7, 8, 9), DiscountRate.ofPercent(30), DiscountBasis.FIXED,
                DiscountCaps.DEFAULTS.of(Objective.CLEAR_SLOW_MOVERS));

        assertEquals(new Offer.PickAny(2, DiscountRate.ofPercent(26)), p.offer());
        assertEquals(new BigDecimal("22.00"), p.listPrice());
        assertEquals(new BigDecimal("16.28"), p.price());
        assertEquals(new BigDecimal("7.28"), p.marginIfKnown().orElseThrow());
        assertTrue(p.limitedByCost());
    }

    @Test
    void anUnknownCostHasNoFloorAndNoMargin() {
        BundlePrice p = pricing.price(candidate(BundleType.FBT, 6, 7), DiscountRate.ofPercent(20), DiscountBasis.FIXED, AOV);

        assertTrue(p.marginIfKnown().isEmpty());
        assertFalse(p.limitedByCost());
        assertEquals(new BigDecimal("23.99"), p.price()); // 29.99 x 0.8 = 23.992
    }
}
