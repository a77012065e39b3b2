package com.cartwise.domain.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.DenseBaskets;
import com.cartwise.domain.recommend.Evidence;
import com.cartwise.domain.recommend.Recommendation;
import com.cartwise.domain.recommend.Source;
import com.cartwise.domain.recommend.evaluation.EvaluationReport;
import com.cartwise.domain.recommend.evaluation.PrimaryMeasure;
import com.cartwise.domain.recommend.learning.LearnedModel;
import com.cartwise.domain.recommend.learning.RecommenderTraining;
import com.cartwise.domain.recommend.scoring.TrainingCounts;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Seven orders:
 * <pre>
 *   {11,12} {11,12} {11,13} {11,14} {11,15} {11,16} {12,14}
 * </pre>
 * count 11=6 12=3 13=1 14=2 15=1 16=1, N=7; co(11,12)=2, co(11,13..16)=1 each, co(12,14)=1.
 * Best sellers: 11, 12, 14, then 13, 15, 16 (one order each: by variant id). Product titles are
 * chosen so that title order differs from id order: 13 "Wool Beanie" comes after 14 "Boot Bag",
 * and 15/16 share the title "Ski Gloves" (one product, two sizes).
 */
class ServingModelTest {
    private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");
    private static final double EXACT = 1e-12;

    private static final List<Basket> ORDERS = List.of(
            new Basket(T, 11, 12), new Basket(T, 11, 12), new Basket(T, 11, 13), new Basket(T, 11, 14),
            new Basket(T, 11, 15), new Basket(T, 11, 16), new Basket(T, 12, 14));

    static Variant variant(long id, String title, List<String> options, String sku, Stock stock) {
        return variant(id, title, options, sku, stock, ProductStatus.ACTIVE);
    }

    static Variant variant(long id, String title, List<String> options, String sku, Stock stock, ProductStatus productStatus) {
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

    static ServingModel serving(String scorer, List<Variant> catalogue, List<Basket> orders) {
        RecommenderTraining training = RecommenderTraining.standard();
        LearnedModel learned = LearnedModel.build(TrainingCounts.learn(DenseBaskets.of(Baskets.of(orders))), training.scorer(scorer), 100);
        TrainedModel model = new TrainedModel(ShopId.of("demo"), 3, T, learned,
                EvaluationReport.choosing(0, 0, PrimaryMeasure.DEFAULT, List.of()), Optional.empty());
        return new ServingModel(model, catalogue);
    }

    private static ServingModel serving(String scorer, List<Variant> catalogue) {
        return serving(scorer, catalogue, ORDERS);
    }

    private static List<Long> ids(Recommendations recommendations) {
        return recommendations.items().stream().map(r -> r.variant().id()).toList();
    }

    private static List<Variant> replace(Variant with) {
        List<Variant> catalogue = new ArrayList<>(CATALOGUE);
        catalogue.replaceAll(v -> v.id() == with.id() ? with : v);
        return catalogue;
    }

    /** The catalogue with both gloves (15, 16: one product) under SKU "GLV", as a shop with a SKU per product has it. */
    private static List<Variant> glovesSharingOneSku() {
        List<Variant> catalogue = new ArrayList<>(CATALOGUE);
        catalogue.set(4, variant(15, "Ski Gloves", List.of("L"), "GLV", Stock.tracked(1)));
        catalogue.set(5, variant(16, "Ski Gloves", List.of("M"), "GLV", Stock.tracked(1)));
        return catalogue;
    }

    private static Recommendations cart(ServingModel serving, int limit, VariantKey... keys) {
        return serving.recommend(List.of(keys), limit);
    }

    @Test
    void recommendsTheMostCoPurchasedVariantFirstAndBreaksTiesByProductTitleThenVariantId() {
        // cart [11], co: 12 -> 2; 13, 14, 15, 16 -> 1 each, ordered by title:
        // "Boot Bag" (14), "Ski Gloves" (15, then 16 by id), "Wool Beanie" (13)
        Recommendations got = cart(serving("co_occurrence", CATALOGUE), 10, new VariantKey.ById(11));

        assertEquals(List.of(12L, 14L, 15L, 16L, 13L), ids(got));
        assertEquals(2.0, got.items().get(0).score(), EXACT);
        assertEquals(1.0, got.items().get(4).score(), EXACT);
        assertSame(GOGGLES, got.items().get(0).variant());
        assertEquals(Source.CO_PURCHASE, got.source());
        assertTrue(got.items().stream().allMatch(r -> r.source() == Source.CO_PURCHASE));
    }

    @Test
    void sumsTheScoresOfTheWholeCartUnderTheModelsScorer() {
        // cart [11, 12], lift co * 7 / (countA * countB):
        //   14: from 11: 1*7/(6*2) = 0.5833, from 12: 1*7/(3*2) = 1.1667 -> 1.75
        //   13, 15, 16: from 11 only: 1*7/(6*1) = 1.1667 each, by title: Ski Gloves 15, 16, Wool Beanie 13
        Recommendations got = cart(serving("lift", CATALOGUE), 10, new VariantKey.ById(11), new VariantKey.ById(12));

        assertEquals(List.of(14L, 15L, 16L, 13L), ids(got));
        assertEquals(1.75, got.items().get(0).score(), EXACT);
        assertEquals(7.0 / 6.0, got.items().get(1).score(), EXACT);
    }

    @Test
    void explainsEachRecommendationByTheCartItemThatContributesMost() {
        // as above: for 14, Goggles (1.1667) beats Ski Wax (0.5833): together 1, Goggles in 3, Boot Bag in 2, N 7
        Recommendations got = cart(serving("lift", CATALOGUE), 2, new VariantKey.ById(11), new VariantKey.ById(12));

        Evidence bag = got.items().get(0).evidence().orElseThrow();
        assertSame(GOGGLES, bag.with());
        assertEquals(1, bag.ordersTogether());
        assertEquals(3, bag.ordersWithCartItem());
        assertEquals(2, bag.ordersWithCandidate());
        assertEquals(7, bag.ordersTotal());
        assertEquals("Bought with Goggles in 1 of 3 orders (1.2× chance)", got.items().get(0).reason());
        assertEquals("Bought with Ski Wax in 1 of 6 orders (1.2× chance)", got.items().get(1).reason());
    }

    @Test
    void findsCartItemsByShopifyVariantIdAndBySku() {
        ServingModel serving = serving("co_occurrence", CATALOGUE);
        Recommendations byId = cart(serving, 10, new VariantKey.ById(11));

        assertEquals(byId, cart(serving, 10, new VariantKey.ByShopifyVariantId(1011)));
        assertEquals(byId, cart(serving, 10, new VariantKey.BySku("WAX")));
    }

    @Test
    void aCartItemNamedTwiceCountsOnce() {
        Recommendations got = cart(serving("co_occurrence", CATALOGUE), 1, new VariantKey.ById(11), new VariantKey.BySku("WAX"),
                new VariantKey.ByShopifyVariantId(1011));

        assertEquals(List.of(12L), ids(got));
        assertEquals(2.0, got.items().getFirst().score(), EXACT);
    }

    @Test
    void returnsAtMostTheLimit() {
        assertEquals(List.of(12L, 14L), ids(cart(serving("co_occurrence", CATALOGUE), 2, new VariantKey.ById(11))));
    }

    @Test
    void leavesOutVariantsThatAreOutOfStock() {
        ServingModel serving = serving("co_occurrence", replace(variant(14, "Boot Bag", List.of(), "BAG", Stock.tracked(0))));

        assertEquals(List.of(12L, 15L, 16L, 13L), ids(cart(serving, 10, new VariantKey.ById(11))));
    }

    @Test
    void keepsUntrackedVariantsAndThoseThatSellWhenOutOfStock() {
        List<Variant> catalogue = new ArrayList<>(CATALOGUE);
        catalogue.set(3, variant(14, "Boot Bag", List.of(), "BAG", Stock.untracked()));
        catalogue.set(2, variant(13, "Wool Beanie", List.of(), "BEA", new Stock(true, 0, true)));

        assertEquals(List.of(12L, 14L, 15L, 16L, 13L), ids(cart(serving("co_occurrence", catalogue), 10, new VariantKey.ById(11))));
    }

    @Test
    void anOutOfStockCartItemStillCounts() {
        ServingModel serving = serving("co_occurrence", replace(variant(11, "Ski Wax", List.of(), "WAX", Stock.tracked(0))));

        assertEquals(List.of(12L), ids(cart(serving, 1, new VariantKey.BySku("WAX"))));
    }

    @Test
    void aDraftOrArchivedProductIsNeverOffered() {
        // Goggles (12) a draft and Boot Bag (14) archived, both in stock: left out, also as best sellers
        List<Variant> catalogue = new ArrayList<>(CATALOGUE);
        catalogue.set(1, variant(12, "Goggles", List.of(), "GOG", Stock.tracked(3), ProductStatus.DRAFT));
        catalogue.set(3, variant(14, "Boot Bag", List.of(), "BAG", Stock.tracked(2), ProductStatus.ARCHIVED));

        assertEquals(List.of(15L, 16L, 13L), ids(cart(serving("co_occurrence", catalogue), 10, new VariantKey.ById(11))));
    }

    @Test
    void bestSellersFillTheSlotsTheCartsNeighboursLeave() {
        // cart [GOG]: co 11 -> 2, 14 -> 1; then best sellers not yet listed: 13, 15, 16 (one order each, by id)
        Recommendations got = cart(serving("co_occurrence", CATALOGUE), 10, new VariantKey.BySku("GOG"));

        assertEquals(List.of(11L, 14L, 13L, 15L, 16L), ids(got));
        assertEquals(Source.CO_PURCHASE, got.source());
        Recommendation beanie = got.items().get(2);
        assertEquals(Source.POPULARITY, beanie.source());
        assertEquals(Optional.empty(), beanie.evidence());
        assertEquals("Best seller: in 1 of 7 orders", beanie.reason());
    }

    @Test
    void aCartWithNoKnownItemGetsBestSellersAndSaysSo() {
        List<VariantKey> unknown = List.of(new VariantKey.ById(999), new VariantKey.ByShopifyVariantId(999), new VariantKey.BySku("NOPE"));

        Recommendations got = serving("co_occurrence", CATALOGUE).recommend(unknown, 3);

        assertEquals(List.of(11L, 12L, 14L), ids(got));
        assertEquals(Source.POPULARITY, got.source());
        assertEquals("None of the cart's items has been bought with anything yet: best sellers instead.", got.reason());
        assertEquals("Best seller: in 6 of 7 orders", got.items().getFirst().reason());
    }

    @Test
    void aCartWhoseNeighboursAreAllUnsellableGetsBestSellersAndSaysSo() {
        // cart [16]: its only neighbour 11 is out of stock; best sellers: 12, 14, 13, 15
        ServingModel serving = serving("co_occurrence", replace(variant(11, "Ski Wax", List.of(), "WAX", Stock.tracked(0))));

        Recommendations got = cart(serving, 4, new VariantKey.ById(16));

        assertEquals(List.of(12L, 14L, 13L, 15L), ids(got));
        assertEquals(Source.POPULARITY, got.source());
        assertEquals("Nothing bought with the cart's items is for sale: best sellers instead.", got.reason());
    }

    @Test
    void nothingForSaleIsTheOnlyEmptyAnswer() {
        List<Variant> soldOut = CATALOGUE.stream()
                .map(v -> variant(v.id(), v.productTitle(), v.optionValues(), v.sku(), Stock.tracked(0))).toList();

        Recommendations got = cart(serving("co_occurrence", soldOut), 5, new VariantKey.ById(11));

        assertEquals(List.of(), got.items());
        assertEquals(Source.POPULARITY, got.source());
        assertEquals("No variant the shop's orders know is for sale.", got.reason());
    }

    @Test
    void leavesOutVariantsGoneFromTheCatalogue() {
        List<Variant> catalogue = CATALOGUE.stream().filter(v -> v.id() != 14).toList();

        assertEquals(List.of(12L, 15L, 16L, 13L), ids(cart(serving("co_occurrence", catalogue), 10, new VariantKey.ById(11))));
    }

    @Test
    void aSkuTheVariantsOfOneProductShareStandsForTheProduct() {
        // both gloves carry SKU "GLV" (a SKU per product, not per size): which size is in the cart
        // cannot be told, but the product can. Each glove was bought with the wax once: 1 + 1 = 2.
        List<Variant> catalogue = glovesSharingOneSku();
        ServingModel serving = serving("co_occurrence", catalogue);

        Recommendations got = cart(serving, 10, new VariantKey.BySku("GLV"));

        // neither glove is offered; best sellers fill after the wax
        assertEquals(List.of(11L, 12L, 14L, 13L), ids(got));
        assertEquals(2.0, got.items().getFirst().score(), EXACT);
        assertEquals(Source.CO_PURCHASE, got.items().getFirst().source());
        assertEquals("Ski Gloves", got.items().getFirst().evidence().orElseThrow().with().productTitle());
        assertEquals(Source.CO_PURCHASE, got.source());
        assertEquals("Bought together with the cart's items.", got.reason());
    }

    @Test
    void aProductsSkuStandsForAllItsVariantsEvenThoseWithASkuOfTheirOwn() {
        // the gloves' L and M share "GLV"; a third glove (XL, SKU "GLV-XL") was bought with the bag
        List<Variant> catalogue = glovesSharingOneSku();
        catalogue.add(variant(17, "Ski Gloves", List.of("XL"), "GLV-XL", Stock.tracked(1)));
        List<Basket> orders = new ArrayList<>(ORDERS);
        orders.add(new Basket(T, 14, 17));

        Recommendations got = cart(serving("co_occurrence", catalogue, orders), 10, new VariantKey.BySku("GLV"));

        // wax 2 (with L and M), bag 1 (with XL); no glove offered, best sellers after
        assertEquals(List.of(11L, 14L, 12L, 13L), ids(got));
        assertEquals(List.of(Source.CO_PURCHASE, Source.CO_PURCHASE, Source.POPULARITY, Source.POPULARITY),
                got.items().stream().map(Recommendation::source).toList());
    }

    @Test
    void aProductPageNamedByItsProductsSkuIsTheProductsPage() {
        List<Variant> catalogue = glovesSharingOneSku();
        ServingModel serving = serving("co_occurrence", catalogue);
        ProductReference bySku = new ProductReference.OfVariant(new VariantKey.BySku("GLV"));

        assertTrue(serving.knows(bySku));
        assertEquals(ids(serving.recommendForProduct(new ProductReference.OfProduct("ski-gloves"), 10)),
                ids(serving.recommendForProduct(bySku, 10)));
        assertEquals(11L, ids(serving.recommendForProduct(bySku, 10)).getFirst());
    }

    @Test
    void aSkuVariantsOfSeveralProductsShareNamesNoneAndExcludesThemAll() {
        // the beanie and the bag carry SKU "X": the cart's "X" could be either product
        List<Variant> catalogue = new ArrayList<>(CATALOGUE);
        catalogue.set(2, variant(13, "Wool Beanie", List.of(), "X", Stock.tracked(5)));
        catalogue.set(3, variant(14, "Boot Bag", List.of(), "X", Stock.tracked(2)));
        ServingModel serving = serving("co_occurrence", catalogue);

        Recommendations alone = cart(serving, 10, new VariantKey.BySku("X"));
        assertEquals(List.of(11L, 12L, 15L, 16L), ids(alone));
        assertEquals(Source.POPULARITY, alone.source());
        assertEquals("Each SKU in the cart is shared by variants of several products, so none could be told apart: best sellers instead.",
                alone.reason());
        // beside an item the orders never held, the shared SKU is not the whole story
        assertEquals("None of the cart's items has been bought with anything yet: best sellers instead.",
                cart(serving, 10, new VariantKey.BySku("X"), new VariantKey.BySku("NOPE")).reason());
        // cart [11, X]: 12 (2), then the gloves (1 each); neither X is offered
        assertEquals(List.of(12L, 15L, 16L), ids(cart(serving, 10, new VariantKey.ById(11), new VariantKey.BySku("X"))));
    }

    @Test
    void aSkuSharedWithAVariantOfAnotherProductTheOrdersNeverHeldNamesNone() {
        // a new product reuses the gloves' SKU: the catalogue, not only the model, decides
        List<Variant> catalogue = glovesSharingOneSku();
        catalogue.add(variant(99, "Heated Gloves", List.of(), "GLV", Stock.tracked(4)));

        ServingModel serving = serving("co_occurrence", catalogue);
        assertEquals(Source.POPULARITY, cart(serving, 10, new VariantKey.BySku("GLV")).source());
        assertFalse(serving.knows(new ProductReference.OfVariant(new VariantKey.BySku("GLV"))));
    }

    @Test
    void aSharedSkuStillLeavesEachVariantReachableByItsIds() {
        List<Variant> catalogue = glovesSharingOneSku();

        // cart [16 by Shopify id]: its only neighbour is 11
        assertEquals(11L, ids(cart(serving("co_occurrence", catalogue), 1, new VariantKey.ByShopifyVariantId(1016))).getFirst());
    }

    @Test
    void withCoPurchasesSwitchedOffBestSellersLeaveOutWhatTheCartWouldNotBeOffered() {
        // best sellers 11, 12, 14, 13, 15, 16: 11 is in the cart, 12 a draft, the gloves share the cart's SKU "GLV"
        List<Variant> catalogue = new ArrayList<>(CATALOGUE);
        catalogue.set(1, variant(12, "Goggles", List.of(), "GOG", Stock.tracked(3), ProductStatus.DRAFT));
        catalogue.set(4, variant(15, "Ski Gloves", List.of("L"), "GLV", Stock.tracked(1)));
        catalogue.set(5, variant(16, "Ski Gloves", List.of("M"), "GLV", Stock.tracked(1)));

        Recommendations got = serving("co_occurrence", catalogue)
                .bestSellers(List.of(new VariantKey.ById(11), new VariantKey.BySku("GLV")), 10, "Switched off.");

        assertEquals(List.of(14L, 13L), ids(got));
        assertEquals(Source.POPULARITY, got.source());
        assertEquals("Switched off.", got.reason());
    }

    @Test
    void withCoPurchasesSwitchedOffAProductPageGetsBestSellersButNoneOfItsOwnVariants() {
        Recommendations got = serving("co_occurrence", CATALOGUE)
                .bestSellersForProduct(new ProductReference.OfVariant(new VariantKey.ById(16)), 10, "Switched off.");

        assertEquals(List.of(11L, 12L, 14L, 13L), ids(got));
        assertEquals(Source.POPULARITY, got.source());
    }

    @Test
    void unknownCartItemsAreIgnoredBesideKnownOnes() {
        assertEquals(List.of(12L, 14L, 15L, 16L, 13L),
                ids(cart(serving("co_occurrence", CATALOGUE), 10, new VariantKey.BySku("NOPE"), new VariantKey.ById(11))));
    }

    @Test
    void answersWithTheVersionAndScorerOfItsModel() {
        ServingModel serving = serving("rp3beta(alpha=1,beta=0.5)", CATALOGUE);

        assertEquals(3, serving.version());
        assertEquals("rp3beta(alpha=1,beta=0.5)", serving.metric());
    }

    @Test
    void reportsItsSizeInBytesFromItsModelAndCatalogue() {
        ServingModel serving = serving("co_occurrence", CATALOGUE);

        assertTrue(serving.bytes() > serving.model().model().bytes());
        assertTrue(serving.bytes() < 10_000, "a seven-order model is small: " + serving.bytes());
    }
}
