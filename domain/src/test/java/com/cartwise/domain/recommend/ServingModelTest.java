package com.cartwise.domain.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seven orders:
 * <pre>
 *   {11,12} {11,12} {11,13} {11,14} {11,15} {11,16} {12,14}
 * </pre>
 * count 11=6 12=3 13=1 14=2 15=1 16=1, N=7; co(11,12)=2, co(11,13..16)=1 each, co(12,14)=1.
 * Product titles are chosen so that title order differs from id order: 13 "Wool Beanie" comes after
 * 14 "Boot Bag", and 15/16 share the title "Ski Gloves".
 */
class ServingModelTest {
    private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");
    private static final double EXACT = 1e-12;

    private static final CoOccurrenceModel COUNTS = CoOccurrenceModel.learn(List.of(
            new Basket(T, 11, 12), new Basket(T, 11, 12), new Basket(T, 11, 13), new Basket(T, 11, 14),
            new Basket(T, 11, 15), new Basket(T, 11, 16), new Basket(T, 12, 14)));

    private static Variant variant(long id, String title, List<String> options, String sku, Stock stock) {
        return variant(id, title, options, sku, stock, ProductStatus.ACTIVE);
    }

    private static Variant variant(long id, String title, List<String> options, String sku, Stock stock,
                                   ProductStatus productStatus) {
        return new Variant(id, title.toLowerCase().replace(' ', '-'), options, sku, 1000 + id, title,
                Money.of("10.00", "EUR"), stock, productStatus);
    }

    private static final Variant WAX = variant(11, "Ski Wax", List.of(), "WAX", Stock.tracked(8));
    private static final Variant GOGGLES = variant(12, "Goggles", List.of(), "GOG", Stock.tracked(3));
    private static final Variant BEANIE = variant(13, "Wool Beanie", List.of(), "BEA", Stock.tracked(5));
    private static final Variant BAG = variant(14, "Boot Bag", List.of(), "BAG", Stock.tracked(2));
    private static final Variant GLOVES_L = variant(15, "Ski Gloves", List.of("L"), "GLV-L", Stock.tracked(1));
    private static final Variant GLOVES_M = variant(16, "Ski Gloves", List.of("M"), "GLV-M", Stock.tracked(1));

    private static final List<Variant> CATALOGUE = List.of(WAX, GOGGLES, BEANIE, BAG, GLOVES_L, GLOVES_M);

    private static ServingModel serving(Metric metric, List<Variant> catalogue) {
        TrainedModel model = new TrainedModel(ShopId.of("demo"), 3, metric, T, COUNTS, new EvaluationReport(0, 0, List.of()));
        return new ServingModel(model, catalogue);
    }

    private static List<Long> ids(List<Recommendation> recommendations) {
        return recommendations.stream().map(r -> r.variant().id()).toList();
    }

    private static List<Variant> replace(Variant with) {
        List<Variant> catalogue = new ArrayList<>(CATALOGUE);
        catalogue.replaceAll(v -> v.id() == with.id() ? with : v);
        return catalogue;
    }

    @Test
    void recommendsTheMostCoPurchasedVariantFirstAndBreaksTiesByProductTitleThenVariantId() {
        // cart [11], co: 12 -> 2; 13, 14, 15, 16 -> 1 each, ordered by title:
        // "Boot Bag" (14), "Ski Gloves" (15, then 16 by id), "Wool Beanie" (13)
        List<Recommendation> got = serving(Metric.CO_OCCURRENCE, CATALOGUE).recommend(List.of(new VariantKey.ById(11)), 10);

        assertEquals(List.of(12L, 14L, 15L, 16L, 13L), ids(got));
        assertEquals(2.0, got.get(0).score(), EXACT);
        assertEquals(1.0, got.get(4).score(), EXACT);
        assertSame(GOGGLES, got.get(0).variant());
    }

    @Test
    void sumsTheScoresOfTheWholeCartUnderTheModelsMetric() {
        // cart [11, 12], lift co * 7 / (countA * countB):
        //   14: from 11: 1*7/(6*2) = 0.5833, from 12: 1*7/(3*2) = 1.1667 -> 1.75
        //   13, 15, 16: from 11 only: 1*7/(6*1) = 1.1667 each, by title: Ski Gloves 15, 16, Wool Beanie 13
        List<Recommendation> got = serving(Metric.LIFT, CATALOGUE)
                .recommend(List.of(new VariantKey.ById(11), new VariantKey.ById(12)), 10);

        assertEquals(List.of(14L, 15L, 16L, 13L), ids(got));
        assertEquals(1.75, got.get(0).score(), EXACT);
        assertEquals(7.0 / 6.0, got.get(1).score(), EXACT);
    }

    @Test
    void explainsEachRecommendationByTheCartItemThatContributesMost() {
        // as above: for 14, Goggles (1.1667) beats Ski Wax (0.5833): together 1, Goggles in 3, Boot Bag in 2, N 7,
        // lift 1*7/(3*2) = 1.17; for 15 the only contributor is Ski Wax: 1 of 6, lift 1*7/(6*1) = 1.17
        List<Recommendation> got = serving(Metric.LIFT, CATALOGUE)
                .recommend(List.of(new VariantKey.ById(11), new VariantKey.ById(12)), 2);

        Evidence bag = got.get(0).evidence();
        assertSame(GOGGLES, bag.with());
        assertEquals(1, bag.ordersTogether());
        assertEquals(3, bag.ordersWithCartItem());
        assertEquals(2, bag.ordersWithCandidate());
        assertEquals(7, bag.ordersTotal());
        assertEquals("Bought with Goggles in 1 of 3 orders (1.2× chance)", got.get(0).reason());
        assertEquals("Bought with Ski Wax in 1 of 6 orders (1.2× chance)", got.get(1).reason());
    }

    @Test
    void findsCartItemsByShopifyVariantIdAndBySku() {
        List<Recommendation> byId = serving(Metric.CO_OCCURRENCE, CATALOGUE).recommend(List.of(new VariantKey.ById(11)), 10);
        List<Recommendation> byShopifyId = serving(Metric.CO_OCCURRENCE, CATALOGUE)
                .recommend(List.of(new VariantKey.ByShopifyVariantId(1011)), 10);
        List<Recommendation> bySku = serving(Metric.CO_OCCURRENCE, CATALOGUE).recommend(List.of(new VariantKey.BySku("WAX")), 10);

        assertEquals(List.of(12L, 14L, 15L, 16L, 13L), ids(byShopifyId));
        assertEquals(ids(byId), ids(bySku));
        assertEquals(byId, byShopifyId);
    }

    @Test
    void aCartItemNamedTwiceCountsOnce() {
        // 11 by id, by SKU and by Shopify id: still co(11,12) = 2, not 6
        List<Recommendation> got = serving(Metric.CO_OCCURRENCE, CATALOGUE).recommend(List.of(
                new VariantKey.ById(11), new VariantKey.BySku("WAX"), new VariantKey.ByShopifyVariantId(1011)), 1);

        assertEquals(List.of(12L), ids(got));
        assertEquals(2.0, got.getFirst().score(), EXACT);
    }

    @Test
    void returnsAtMostTheLimit() {
        List<Recommendation> got = serving(Metric.CO_OCCURRENCE, CATALOGUE).recommend(List.of(new VariantKey.ById(11)), 2);

        assertEquals(List.of(12L, 14L), ids(got));
    }

    @Test
    void leavesOutVariantsThatAreOutOfStock() {
        // Boot Bag tracked with 0 left and no overselling
        List<Recommendation> got = serving(Metric.CO_OCCURRENCE, replace(variant(14, "Boot Bag", List.of(), "BAG", Stock.tracked(0))))
                .recommend(List.of(new VariantKey.ById(11)), 10);

        assertEquals(List.of(12L, 15L, 16L, 13L), ids(got));
    }

    @Test
    void keepsUntrackedVariantsAndThoseThatSellWhenOutOfStock() {
        List<Variant> catalogue = new ArrayList<>(CATALOGUE);
        catalogue.set(3, variant(14, "Boot Bag", List.of(), "BAG", Stock.untracked()));
        catalogue.set(2, variant(13, "Wool Beanie", List.of(), "BEA", new Stock(true, 0, true)));

        List<Recommendation> got = serving(Metric.CO_OCCURRENCE, catalogue).recommend(List.of(new VariantKey.ById(11)), 10);

        assertEquals(List.of(12L, 14L, 15L, 16L, 13L), ids(got));
    }

    @Test
    void anOutOfStockCartItemStillCounts() {
        // the customer holds the last Ski Wax; its neighbours are still the answer
        List<Recommendation> got = serving(Metric.CO_OCCURRENCE, replace(variant(11, "Ski Wax", List.of(), "WAX", Stock.tracked(0))))
                .recommend(List.of(new VariantKey.BySku("WAX")), 1);

        assertEquals(List.of(12L), ids(got));
    }

    @Test
    void aDraftOrArchivedProductIsNeverOffered() {
        // Goggles (12) a draft and Boot Bag (14) archived, both in stock. cart [11], co: 12 -> 2 and 14 -> 1 are
        // left out; 15, 16 "Ski Gloves" and 13 "Wool Beanie" -> 1 each remain, by title then id
        List<Variant> catalogue = new ArrayList<>(CATALOGUE);
        catalogue.set(1, variant(12, "Goggles", List.of(), "GOG", Stock.tracked(3), ProductStatus.DRAFT));
        catalogue.set(3, variant(14, "Boot Bag", List.of(), "BAG", Stock.tracked(2), ProductStatus.ARCHIVED));

        List<Recommendation> got = serving(Metric.CO_OCCURRENCE, catalogue).recommend(List.of(new VariantKey.ById(11)), 10);

        assertEquals(List.of(15L, 16L, 13L), ids(got));
        assertEquals(1.0, got.getFirst().score(), EXACT);
    }

    @Test
    void aCartItemOfADraftProductStillCounts() {
        // the customer holds Goggles (12), whose product is a draft: its neighbours are still the answer.
        // cart [GOG], co: 11 -> 2, 14 -> 1
        List<Recommendation> got = serving(Metric.CO_OCCURRENCE,
                replace(variant(12, "Goggles", List.of(), "GOG", Stock.tracked(3), ProductStatus.DRAFT)))
                .recommend(List.of(new VariantKey.BySku("GOG")), 10);

        assertEquals(List.of(11L, 14L), ids(got));
        assertEquals(2.0, got.getFirst().score(), EXACT);
    }

    @Test
    void leavesOutVariantsGoneFromTheCatalogue() {
        // Boot Bag (14) no longer in the shop's catalogue, although the model still counts it
        List<Variant> catalogue = CATALOGUE.stream().filter(v -> v.id() != 14).toList();

        List<Recommendation> got = serving(Metric.CO_OCCURRENCE, catalogue).recommend(List.of(new VariantKey.ById(11)), 10);

        assertEquals(List.of(12L, 15L, 16L, 13L), ids(got));
    }

    @Test
    void aCartItemGoneFromTheCatalogueIsIgnored() {
        List<Variant> catalogue = CATALOGUE.stream().filter(v -> v.id() != 11).toList();

        assertTrue(serving(Metric.CO_OCCURRENCE, catalogue).recommend(List.of(new VariantKey.ById(11)), 10).isEmpty());
    }

    @Test
    void aSkuSharedByTwoVariantsNamesNeitherAndExcludesBoth() {
        // both gloves carry SKU "GLV"; the cart's "GLV" could be either, so it contributes nothing and neither
        // glove is offered. cart [11, GLV], co: 12 -> 2, then 14 "Boot Bag" and 13 "Wool Beanie" -> 1
        List<Variant> catalogue = new ArrayList<>(CATALOGUE);
        catalogue.set(4, variant(15, "Ski Gloves", List.of("L"), "GLV", Stock.tracked(1)));
        catalogue.set(5, variant(16, "Ski Gloves", List.of("M"), "GLV", Stock.tracked(1)));
        ServingModel serving = serving(Metric.CO_OCCURRENCE, catalogue);

        assertTrue(serving.recommend(List.of(new VariantKey.BySku("GLV")), 10).isEmpty());
        assertEquals(List.of(12L, 14L, 13L),
                ids(serving.recommend(List.of(new VariantKey.ById(11), new VariantKey.BySku("GLV")), 10)));
    }

    @Test
    void aSharedSkuStillLeavesEachVariantReachableByItsIds() {
        List<Variant> catalogue = new ArrayList<>(CATALOGUE);
        catalogue.set(4, variant(15, "Ski Gloves", List.of("L"), "GLV", Stock.tracked(1)));
        catalogue.set(5, variant(16, "Ski Gloves", List.of("M"), "GLV", Stock.tracked(1)));

        // cart [16 by Shopify id]: its only neighbour is 11
        List<Recommendation> got = serving(Metric.CO_OCCURRENCE, catalogue)
                .recommend(List.of(new VariantKey.ByShopifyVariantId(1016)), 10);

        assertEquals(List.of(11L), ids(got));
    }

    @Test
    void aSkuSharedWithAVariantNoOrderHeldNamesNeither() {
        List<Variant> catalogue = new ArrayList<>(CATALOGUE);
        catalogue.set(5, variant(16, "Ski Gloves", List.of("M"), "GLV", Stock.tracked(1)));
        catalogue.add(variant(17, "Ski Gloves", List.of("S"), "GLV", Stock.tracked(1)));

        assertTrue(serving(Metric.CO_OCCURRENCE, catalogue).recommend(List.of(new VariantKey.BySku("GLV")), 10).isEmpty());
    }

    @Test
    void anUnknownCartGetsNoRecommendations() {
        List<VariantKey> unknown = List.of(new VariantKey.ById(999), new VariantKey.ByShopifyVariantId(999),
                new VariantKey.BySku("NOPE"));

        assertTrue(serving(Metric.CO_OCCURRENCE, CATALOGUE).recommend(unknown, 10).isEmpty());
    }

    @Test
    void unknownCartItemsAreIgnoredBesideKnownOnes() {
        List<Recommendation> got = serving(Metric.CO_OCCURRENCE, CATALOGUE)
                .recommend(List.of(new VariantKey.BySku("NOPE"), new VariantKey.ById(11)), 10);

        assertEquals(List.of(12L, 14L, 15L, 16L, 13L), ids(got));
    }

    @Test
    void aCatalogueVariantNoOrderHeldCanBeNeitherCartItemNorRecommendation() {
        List<Variant> catalogue = new ArrayList<>(CATALOGUE);
        catalogue.add(variant(20, "Ski Poles", List.of(), "POL", Stock.tracked(9)));
        ServingModel serving = serving(Metric.CO_OCCURRENCE, catalogue);

        assertTrue(serving.recommend(List.of(new VariantKey.BySku("POL")), 10).isEmpty());
        assertEquals(List.of(12L, 14L, 15L, 16L, 13L), ids(serving.recommend(List.of(new VariantKey.ById(11)), 10)));
    }

    @Test
    void answersWithTheVersionAndMetricOfItsModel() {
        ServingModel serving = serving(Metric.CONFIDENCE, CATALOGUE);

        assertEquals(3, serving.version());
        assertEquals(Metric.CONFIDENCE, serving.metric());
    }
}
