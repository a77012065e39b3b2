package com.cartwise.domain.bundles.candidates;

import static com.cartwise.domain.bundles.Shops.AS_OF;
import static com.cartwise.domain.bundles.Shops.created;
import static com.cartwise.domain.bundles.Shops.entry;
import static com.cartwise.domain.bundles.Shops.flagged;
import static com.cartwise.domain.bundles.Shops.repeat;
import static com.cartwise.domain.bundles.SkiShop.BINDINGS;
import static com.cartwise.domain.bundles.SkiShop.GLOVES;
import static com.cartwise.domain.bundles.SkiShop.HAT;
import static com.cartwise.domain.bundles.SkiShop.POLES;
import static com.cartwise.domain.bundles.SkiShop.SKI_A;
import static com.cartwise.domain.bundles.SkiShop.SKI_B;
import static com.cartwise.domain.bundles.SkiShop.SKI_C;
import static com.cartwise.domain.bundles.SkiShop.WAX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.CandidateSource;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.SkiShop;
import com.cartwise.domain.bundles.enrichment.CatalogEntry;
import com.cartwise.domain.bundles.enrichment.OrderSale;
import com.cartwise.domain.bundles.objectives.FlaggedShop;
import com.cartwise.domain.bundles.objectives.ProductFlag;
import com.cartwise.domain.mining.Progress;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateGenerationTest {
    private final CandidateGeneration generation = new CandidateGeneration(CandidateSettings.DEFAULTS);

    private CandidateSet generate(FlaggedShop shop, List<OrderSale> orders, Set<Objective> objectives, List<RecommenderPair> pairs) {
        return generation.generate(new CandidateRequest(shop, orders, pairs, objectives, EnumSet.allOf(BundleType.class)), Progress.NONE);
    }

    private static List<Candidate> of(CandidateSet set, BundleType type, Objective objective) {
        return set.candidates().stream().filter(c -> c.type() == type && c.objective() == objective).toList();
    }

    @Test
    void proposesWhatIsBoughtTogetherAsFrequentlyBoughtTogetherWithTheAnchorFirst() {
        List<OrderSale> orders = SkiShop.busyOrders();
        CandidateSet set = generate(flagged(SkiShop.catalogue(), orders), orders, Set.of(Objective.INCREASE_AOV), List.of());

        List<Candidate> fbt = of(set, BundleType.FBT, Objective.INCREASE_AOV);
        // wax is in 50 orders, ski A in 40: wax anchors; together 30 of 100
        Candidate skiAndWax = fbt.stream().filter(c -> c.variantIds().equals(List.of(WAX, SKI_A))).findFirst().orElseThrow();
        assertEquals(30, skiAndWax.evidence().together());
        assertEquals(100, skiAndWax.evidence().orders());
        assertEquals(Set.of(CandidateSource.ASSOCIATION_RULE, CandidateSource.CO_VISITATION), skiAndWax.sources());
        assertTrue(fbt.stream().anyMatch(c -> c.variantIds().equals(List.of(WAX, BINDINGS, SKI_B))), "the triple: " + fbt);
        assertFalse(set.rules().isEmpty());
        assertFalse(skiAndWax.isFallback());
    }

    @Test
    void keepsTheRulesInVariantIds() {
        List<OrderSale> orders = SkiShop.busyOrders();
        CandidateSet set = generate(flagged(SkiShop.catalogue(), orders), orders, Set.of(Objective.INCREASE_AOV), List.of());

        // ski B => bindings: 20 of ski B's 20 orders
        VariantRule rule = set.rules().stream().filter(r -> r.antecedent().equals(List.of(SKI_B)) && r.consequent().equals(List.of(BINDINGS)))
                .findFirst().orElseThrow();
        assertEquals(1.0, rule.rule().confidence());
        assertEquals(20, rule.rule().supportCount());
    }

    @Test
    void aThirtyOrderShopGetsClearlyMarkedFallbacksOfTheSameCategoryInAComplementaryBand() {
        // 30 orders of one item each: nothing is ever bought together
        List<OrderSale> orders = SkiShop.thirtySingleItemOrders();
        FlaggedShop shop = flagged(SkiShop.catalogue(), orders);

        CandidateSet set = generate(shop, orders, Set.of(Objective.INCREASE_AOV), List.of());

        assertEquals(0, set.evidenceSets());
        List<Candidate> fbt = of(set, BundleType.FBT, Objective.INCREASE_AOV);
        assertFalse(fbt.isEmpty());
        assertTrue(fbt.stream().allMatch(Candidate::isFallback), fbt.toString());
        // ski A (high band) takes the best-selling mid-band skis item: bindings (6 sold; the 300 ski sold none)
        Candidate ski = fbt.stream().filter(c -> c.variantIds().contains(SKI_A)).findFirst().orElseThrow();
        assertEquals(Set.of(SKI_A, BINDINGS), Set.copyOf(ski.variantIds()));
        assertEquals(CandidateSource.FALLBACK_SAME_CATEGORY, ski.source());
        assertEquals(0, ski.evidence().together());
        // wax (low) takes a mid-band partner of its category too: bindings again
        assertTrue(fbt.stream().anyMatch(c -> Set.copyOf(c.variantIds()).equals(Set.of(WAX, BINDINGS))));
        for (Candidate c : fbt) {
            if (c.source() == CandidateSource.FALLBACK_SAME_CATEGORY) {
                var first = shop.profile().variant(c.variantIds().get(0));
                var second = shop.profile().variant(c.variantIds().get(1));
                assertEquals(first.category(), second.category());
                assertTrue(first.band() != second.band(), c.toString());
            }
        }
    }

    @Test
    void aNewLaunchIsPairedThroughTheLadderEvenInABusyShop() {
        List<CatalogEntry> catalogue = new ArrayList<>(SkiShop.catalogue());
        catalogue.set(2, created(catalogue.get(2), AS_OF.minus(5, ChronoUnit.DAYS)));
        List<OrderSale> orders = SkiShop.busyOrders();

        CandidateSet set = generate(flagged(catalogue, orders), orders, Set.of(Objective.NEW_LAUNCH), List.of());

        List<Candidate> launches = of(set, BundleType.FBT, Objective.NEW_LAUNCH);
        assertTrue(launches.stream().anyMatch(c -> c.variantIds().contains(SKI_C) && c.isFallback()), launches.toString());
        assertTrue(launches.stream().allMatch(c -> c.variantIds().contains(SKI_C)), "only bundles with the launch serve it");
    }

    @Test
    void slowMoversAreClearedByBuyOneGetOneAndVolumeBreaks() {
        // poles: 100 in stock, never sold -> slow; gloves sell too (40 orders)
        List<OrderSale> orders = SkiShop.busyOrders();
        FlaggedShop shop = flagged(SkiShop.catalogue(), orders);

        CandidateSet set = generate(shop, orders, Set.of(Objective.CLEAR_SLOW_MOVERS), List.of());

        assertTrue(shop.has(POLES, ProductFlag.SLOW_MOVER));
        assertTrue(of(set, BundleType.VOLUME, Objective.CLEAR_SLOW_MOVERS).stream().anyMatch(c -> c.variantIds().equals(List.of(POLES))));
        assertTrue(of(set, BundleType.BOGO, Objective.CLEAR_SLOW_MOVERS).stream().anyMatch(c -> c.variantIds().equals(List.of(POLES))));
        assertTrue(set.candidates().stream().allMatch(c -> c.variantIds().stream().anyMatch(id -> shop.has(id, ProductFlag.SLOW_MOVER))));
    }

    @Test
    void buyOneGetOneBuysTheDearerAndGetsTheCheaper() {
        List<CatalogEntry> catalogue = List.of(entry(1, "Boots", "Shoes", "100.00", null, 500), entry(2, "Socks", "Shoes", "10.00", null, 900));
        // both slow: plenty of stock, 10 sales in 90 days
        List<OrderSale> orders = repeat(10, 3, 2, 1);

        CandidateSet set = generate(flagged(catalogue, orders), orders, Set.of(Objective.CLEAR_SLOW_MOVERS), List.of());

        assertTrue(of(set, BundleType.BOGO, Objective.CLEAR_SLOW_MOVERS).stream().anyMatch(c -> c.variantIds().equals(List.of(1L, 2L))));
    }

    @Test
    void categoryBundlesAreMixAndMatchSetsOfOneCategory() {
        List<OrderSale> orders = SkiShop.busyOrders();

        CandidateSet set = generate(flagged(SkiShop.catalogue(), orders), orders, Set.of(Objective.CATEGORY_BUNDLE), List.of());

        List<Candidate> mix = of(set, BundleType.MIX_AND_MATCH, Objective.CATEGORY_BUNDLE);
        assertFalse(mix.isEmpty());
        assertTrue(mix.stream().allMatch(c -> c.variantIds().size() >= 3));
        assertTrue(mix.stream().anyMatch(c -> Set.copyOf(c.variantIds()).containsAll(Set.of(WAX, SKI_A, BINDINGS))), mix.toString());
    }

    @Test
    void theRecommendersPairsBecomeCandidates() {
        List<OrderSale> orders = SkiShop.busyOrders();

        CandidateSet set = generate(flagged(SkiShop.catalogue(), orders), orders, Set.of(Objective.INCREASE_AOV),
                List.of(new RecommenderPair(GLOVES, HAT, 0.9), new RecommenderPair(GLOVES, 999, 0.5)));

        Candidate pair = of(set, BundleType.FBT, Objective.INCREASE_AOV).stream()
                .filter(c -> Set.copyOf(c.variantIds()).equals(Set.of(GLOVES, HAT))).findFirst().orElseThrow();
        assertEquals(Set.of(CandidateSource.RECOMMENDER), pair.sources());
        assertEquals(List.of(GLOVES, HAT), pair.variantIds(), "gloves sold, the hat never: gloves anchor");
    }

    @Test
    void ordersOfVariantsNoLongerInTheCatalogueAreIgnored() {
        List<OrderSale> orders = new ArrayList<>(SkiShop.busyOrders());
        orders.addAll(repeat(30, 2, SKI_A, 999));

        CandidateSet set = generate(flagged(SkiShop.catalogue(), orders), orders, Set.of(Objective.INCREASE_AOV), List.of());

        assertTrue(set.candidates().stream().noneMatch(c -> c.variantIds().contains(999L)));
    }

}
