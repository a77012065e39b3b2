package com.cartwise.application.recommend;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.application.SkiShop;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.recommend.Source;
import com.cartwise.domain.recommend.Recommendation;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RecommendForCartTest {
    private static final double EXACT = 1e-12;
    private static final VariantKey WAX = new VariantKey.BySku("WAX");

    private static RecommendForCart.Command cart(int limit, VariantKey... items) {
        return new RecommendForCart.Command(SkiShop.ID, List.of(items), limit);
    }

    private static RecommendForCart.Result.Recommended recommended(RecommendForCart.Result result) {
        return assertInstanceOf(RecommendForCart.Result.Recommended.class, result);
    }

    /** What the till shows: the line name, the score and the reason. */
    private record Shown(String name, double score, String reason) {
        static Shown of(Recommendation r) {
            return new Shown(r.variant().lineName(), r.score(), r.reason());
        }
    }

    private static void assertShown(List<Shown> expected, List<Recommendation> actual) {
        List<Shown> shown = actual.stream().map(Shown::of).toList();
        assertEquals(expected.stream().map(Shown::name).toList(), shown.stream().map(Shown::name).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).score(), shown.get(i).score(), EXACT, expected.get(i).name());
            assertEquals(expected.get(i).reason(), shown.get(i).reason(), expected.get(i).name());
        }
    }

    private static InvalidInputException assertRejected(String field, Executable attempt) {
        InvalidInputException e = assertThrows(InvalidInputException.class, attempt);
        assertEquals(field, e.field(), e.getMessage());
        return e;
    }

    private static InMemoryCartwise trainedByLift() {
        InMemoryCartwise cartwise = SkiShop.imported();
        cartwise.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.of("lift")));
        return cartwise;
    }

    @Nested
    class TheCommand {

        @Test
        void namesAShop() {
            assertRejected("shop_id", () -> new RecommendForCart.Command(null, List.of(WAX), 5));
        }

        @Test
        void holdsAtLeastOneItem() {
            assertRejected("items", () -> new RecommendForCart.Command(SkiShop.ID, null, 5));
            InvalidInputException e = assertRejected("items", () -> new RecommendForCart.Command(SkiShop.ID, List.of(), 5));
            assertEquals("the cart must hold at least one item", e.problem());
        }

        @Test
        void holdsAtMostOneHundredItems() {
            assertDoesNotThrow(() -> new RecommendForCart.Command(SkiShop.ID, Collections.nCopies(100, WAX), 5));

            InvalidInputException e = assertRejected("items",
                    () -> new RecommendForCart.Command(SkiShop.ID, Collections.nCopies(101, WAX), 5));
            assertEquals("a cart holds at most 100 items, but had 101", e.problem());
        }

        @Test
        void asksForOneToFiftyRecommendations() {
            assertDoesNotThrow(() -> new RecommendForCart.Command(SkiShop.ID, List.of(WAX), 1));
            assertDoesNotThrow(() -> new RecommendForCart.Command(SkiShop.ID, List.of(WAX), 50));

            InvalidInputException zero = assertRejected("limit", () -> new RecommendForCart.Command(SkiShop.ID, List.of(WAX), 0));
            assertEquals("must be between 1 and 50, but was 0", zero.problem());
            InvalidInputException huge = assertRejected("limit",
                    () -> new RecommendForCart.Command(SkiShop.ID, List.of(WAX), 10_000));
            assertEquals("must be between 1 and 50, but was 10000", huge.problem());
            assertRejected("limit", () -> new RecommendForCart.Command(SkiShop.ID, List.of(WAX), 51));
            assertRejected("limit", () -> new RecommendForCart.Command(SkiShop.ID, List.of(WAX), -1));
        }

        @Test
        void keepsItsOwnCopyOfTheItems() {
            List<VariantKey> items = new ArrayList<>(List.of(WAX));
            RecommendForCart.Command command = new RecommendForCart.Command(SkiShop.ID, items, 5);
            items.add(new VariantKey.BySku("GOG"));

            assertEquals(List.of(WAX), command.items());
        }

        @Test
        void namesANullItemByItsPosition() {
            assertRejected("items[1]", () -> new RecommendForCart.Command(SkiShop.ID, Arrays.asList(WAX, null), 5));
        }
    }

    @Test
    void anUnknownShopIsNotFound() {
        InMemoryCartwise cartwise = new InMemoryCartwise(SkiShop.CLOCK);

        assertEquals(new RecommendForCart.Result.ShopNotFound(SkiShop.ID), cartwise.recommendForCart.execute(cart(5, WAX)));
    }

    @Test
    void aShopWithoutAModelGetsNoRecommendationsFromModelVersionZero() {
        InMemoryCartwise cartwise = SkiShop.imported();

        RecommendForCart.Result.Recommended answer = (RecommendForCart.Result.Recommended) cartwise.recommendForCart.execute(cart(5, WAX));

        assertEquals(new RecommendForCart.Result.Recommended(answer.recommendationId(), 0, Optional.empty(), List.of(), Source.POPULARITY,
                "The shop has no model yet: train one from its orders."), answer);
    }

    @Test
    void everyAnswerHasARecommendationIdOfItsOwn() {
        InMemoryCartwise cartwise = trainedByLift();

        RecommendForCart.Result.Recommended first = (RecommendForCart.Result.Recommended) cartwise.recommendForCart.execute(cart(5, WAX));
        RecommendForCart.Result.Recommended second = (RecommendForCart.Result.Recommended) cartwise.recommendForCart.execute(cart(5, WAX));

        assertEquals(first.recommendations(), second.recommendations());
        assertNotEquals(first.recommendationId(), second.recommendationId());
    }

    @Test
    void recommendsWhatWasBoughtWithTheWholeCart() {
        // SkiShop trained with lift = co * 7 / (countA * countB); cart [WAX by SKU, GOG by Shopify id 1004]:
        //   Boot Bag       WAX: 1*7/(5*2) = 0.7   GOG: 1*7/(3*2) = 1.1667   -> 28/15 = 1.8667, evidence Goggles
        //   Ski Gloves - M WAX: 1*7/(5*2) = 0.7   GOG: 1*7/(3*2) = 1.1667   -> 28/15 = 1.8667, evidence Goggles
        //   Beanie         WAX: 1*7/(5*1) = 1.4                             -> 1.4, evidence Ski Wax (sells out of stock)
        //   Ski Gloves - L WAX: 1*7/(5*1) = 1.4   out of stock: left out
        // Boot Bag and Ski Gloves - M tie and go by product title.
        InMemoryCartwise cartwise = trainedByLift();

        RecommendForCart.Result.Recommended result = recommended(cartwise.recommendForCart.execute(
                cart(5, WAX, new VariantKey.ByShopifyVariantId(1004))));

        assertEquals(1, result.modelVersion());
        assertEquals(Optional.of("lift"), result.metric());
        assertEquals(Source.CO_PURCHASE, result.source());
        assertEquals("Bought together with the cart's items.", result.reason());
        assertShown(List.of(
                new Shown("Boot Bag", 28.0 / 15, "Bought with Goggles in 1 of 3 orders (1.2× chance)"),
                new Shown("Ski Gloves - M", 28.0 / 15, "Bought with Goggles in 1 of 3 orders (1.2× chance)"),
                new Shown("Beanie", 1.4, "Bought with Ski Wax in 1 of 5 orders (1.4× chance)")),
                result.recommendations());
        assertEquals("BAG", result.recommendations().getFirst().variant().sku());
        assertEquals("25.00", result.recommendations().getFirst().variant().price().amountText());
    }

    @Test
    void returnsNoMoreThanTheLimit() {
        InMemoryCartwise cartwise = trainedByLift();

        List<Recommendation> got = recommended(cartwise.recommendForCart.execute(
                cart(2, WAX, new VariantKey.ByShopifyVariantId(1004)))).recommendations();

        assertEquals(List.of("Boot Bag", "Ski Gloves - M"), got.stream().map(r -> r.variant().lineName()).toList());
    }

    @Test
    void aCartTheModelDoesNotKnowGetsBestSellersAndIsToldSo() {
        // best sellers: WAX 5 orders, GOG 3, GLV-M and BAG 2 each (GLV-M imported first), BEA 1 (GLV-L is sold out)
        InMemoryCartwise cartwise = trainedByLift();

        RecommendForCart.Result.Recommended result = recommended(cartwise.recommendForCart.execute(
                cart(5, new VariantKey.BySku("NOPE"), new VariantKey.ById(9_999))));

        assertEquals(List.of("Ski Wax", "Goggles", "Ski Gloves - M", "Boot Bag", "Beanie"), names(result));
        assertEquals(Source.POPULARITY, result.source());
        assertEquals("None of the cart's items has been bought with anything yet: best sellers instead.", result.reason());
        assertEquals("Best seller: in 5 of 7 orders", result.recommendations().getFirst().reason());
    }

    @Test
    void aVariantBackInStockIsRecommendedAfterTheCatalogueIsImported() {
        // cart [WAX], lift: Beanie 1.4, (Ski Gloves - L 1.4, out of stock), Goggles 2*7/(5*3) = 0.9333,
        // Boot Bag 0.7, Ski Gloves - M 0.7
        InMemoryCartwise cartwise = trainedByLift();
        List<String> before = names(recommended(cartwise.recommendForCart.execute(cart(5, WAX))));

        cartwise.importCatalog.execute(SkiShop.ID, List.of(SkiShop.glovesL(Stock.tracked(4))).iterator());
        RecommendForCart.Result.Recommended after = recommended(cartwise.recommendForCart.execute(cart(5, WAX)));

        assertEquals(List.of("Beanie", "Goggles", "Boot Bag", "Ski Gloves - M"), before);
        assertEquals(List.of("Beanie", "Ski Gloves - L", "Goggles", "Boot Bag", "Ski Gloves - M"), names(after));
        assertEquals(1.4, after.recommendations().get(1).score(), EXACT);
        assertEquals(14.0 / 15, after.recommendations().get(2).score(), EXACT);
        assertEquals(1, after.modelVersion());
    }

    @Test
    void aVariantThatSellsOutIsNoLongerRecommendedAfterTheCatalogueIsImported() {
        InMemoryCartwise cartwise = trainedByLift();
        List<String> before = names(recommended(cartwise.recommendForCart.execute(cart(5, WAX))));

        cartwise.importCatalog.execute(SkiShop.ID, List.of(SkiShop.bootBag(Stock.tracked(0))).iterator());

        assertEquals(List.of("Beanie", "Goggles", "Boot Bag", "Ski Gloves - M"), before);
        assertEquals(List.of("Beanie", "Goggles", "Ski Gloves - M"),
                names(recommended(cartwise.recommendForCart.execute(cart(5, WAX)))));
    }

    @Test
    void anArchivedProductIsNoLongerRecommendedAfterTheCatalogueIsImported() {
        // cart [WAX], lift as above: Beanie 1.4, Goggles 0.9333, Boot Bag 0.7, Ski Gloves - M 0.7. The merchant
        // archives Boot Bag (3 still in stock) and imports the catalogue again: it is no longer offered.
        // A cart holding it still counts: cart [BAG], lift: Goggles 1*7/(3*2) = 1.1667, Ski Wax 1*7/(5*2) = 0.7
        InMemoryCartwise cartwise = trainedByLift();
        List<String> before = names(recommended(cartwise.recommendForCart.execute(cart(5, WAX))));

        cartwise.importCatalog.execute(SkiShop.ID,
                List.of(SkiShop.bootBag(Stock.tracked(3), ProductStatus.ARCHIVED)).iterator());
        RecommendForCart.Result.Recommended withBag = recommended(cartwise.recommendForCart.execute(
                cart(5, new VariantKey.BySku("BAG"))));

        assertEquals(List.of("Beanie", "Goggles", "Boot Bag", "Ski Gloves - M"), before);
        assertEquals(List.of("Beanie", "Goggles", "Ski Gloves - M"),
                names(recommended(cartwise.recommendForCart.execute(cart(5, WAX)))));
        // then best sellers fill the list: Ski Gloves - M (2 orders), Beanie (1); Ski Gloves - L is sold out
        assertEquals(List.of("Goggles", "Ski Wax", "Ski Gloves - M", "Beanie"), names(withBag));
        assertEquals(7.0 / 6, withBag.recommendations().getFirst().score(), EXACT);
        assertEquals(0.7, withBag.recommendations().get(1).score(), EXACT);
    }

    @Test
    void aModelStoredBeforeARestartIsServedFromTheStore() {
        // a second application over the same stores, as after a restart: nothing cached, the model is loaded
        InMemoryCartwise first = trainedByLift();
        ServingModels fresh = new ServingModels(first.modelStore, first.catalog);
        RecommendForCart afterRestart = new RecommendForCart(first.shops, fresh, first.flagValues);

        RecommendForCart.Result.Recommended result = recommended(afterRestart.execute(cart(5, WAX)));

        assertEquals(1, result.modelVersion());
        assertEquals(List.of("Beanie", "Goggles", "Boot Bag", "Ski Gloves - M"), names(result));
    }

    @Test
    void shopsAreServedApart() {
        InMemoryCartwise cartwise = trainedByLift();
        ShopId other = ShopId.of("other");
        cartwise.createShop.execute(new Shop(other, "Other", Currency.getInstance("EUR")));

        RecommendForCart.Result.Recommended result = recommended(
                cartwise.recommendForCart.execute(new RecommendForCart.Command(other, List.of(WAX), 5)));
        assertEquals(0, result.modelVersion());
        assertEquals(List.of(), result.recommendations());
    }

    private static List<String> names(RecommendForCart.Result.Recommended result) {
        return result.recommendations().stream().map(r -> r.variant().lineName()).toList();
    }
}
