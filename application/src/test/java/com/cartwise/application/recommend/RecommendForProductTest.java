package com.cartwise.application.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.application.SkiShop;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.recommend.Source;
import com.cartwise.domain.recommend.serving.ProductReference;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecommendForProductTest {

    private static InMemoryCartwise trainedByCoOccurrence() {
        InMemoryCartwise cartwise = SkiShop.imported();
        cartwise.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.of("co_occurrence")));
        return cartwise;
    }

    private static RecommendForCart.Result.Recommended page(InMemoryCartwise cartwise, ProductReference product, int limit) {
        return assertInstanceOf(RecommendForCart.Result.Recommended.class,
                cartwise.recommendForProduct.execute(new RecommendForProduct.Command(SkiShop.ID, product, limit)));
    }

    private static List<String> names(RecommendForCart.Result.Recommended result) {
        return result.recommendations().stream().map(r -> r.variant().lineName()).toList();
    }

    @Test
    void aProductPageShowsWhatWasBoughtWithAnySizeOfItButNoSizeOfIt() {
        // ski-gloves = GLV-M (#1001 with WAX, GOG) and GLV-L (#1003 with WAX): WAX 2, GOG 1; never a glove;
        // then the best seller left that sells: Boot Bag (2 orders), Beanie (1)
        RecommendForCart.Result.Recommended result = page(trainedByCoOccurrence(), new ProductReference.OfProduct("ski-gloves"), 5);

        assertEquals(List.of("Ski Wax", "Goggles", "Boot Bag", "Beanie"), names(result));
        assertEquals(2.0, result.recommendations().getFirst().score(), 1e-12);
        assertEquals(Source.CO_PURCHASE, result.source());
        assertEquals("Bought with Ski Gloves - M in 1 of 2 orders (0.7× chance)", result.recommendations().getFirst().reason());
    }

    @Test
    void aVariantPageShowsWhatWasBoughtWithThatVariant() {
        // GOG (#1001 WAX, GLV-M; #1002 WAX; #1005 BAG): WAX 2, then GLV-M and BAG 1 each by title: Boot Bag, Ski Gloves - M
        RecommendForCart.Result.Recommended result = page(trainedByCoOccurrence(),
                new ProductReference.OfVariant(new VariantKey.ByShopifyVariantId(1004)), 3);

        assertEquals(List.of("Ski Wax", "Boot Bag", "Ski Gloves - M"), names(result));
    }

    @Test
    void anUnknownShopIsNotFoundAndAShopWithoutAModelGetsNothing() {
        InMemoryCartwise cartwise = SkiShop.imported();

        assertEquals(new RecommendForCart.Result.ShopNotFound(com.cartwise.domain.shop.ShopId.of("nowhere")),
                cartwise.recommendForProduct.execute(new RecommendForProduct.Command(com.cartwise.domain.shop.ShopId.of("nowhere"),
                        new ProductReference.OfProduct("ski-wax"), 3)));
        assertEquals(0, page(cartwise, new ProductReference.OfProduct("ski-wax"), 3).modelVersion());
    }

    @Test
    void aProductOrVariantTheShopDoesNotHaveIsNotFoundWithOrWithoutAModel() {
        InMemoryCartwise trained = trainedByCoOccurrence();
        InMemoryCartwise untrained = SkiShop.imported();

        for (ProductReference missing : List.of(new ProductReference.OfProduct("snowboard"),
                new ProductReference.OfVariant(new VariantKey.BySku("NOT-SOLD-HERE")),
                new ProductReference.OfVariant(new VariantKey.ByShopifyVariantId(999_999)))) {
            RecommendForProduct.Command command = new RecommendForProduct.Command(SkiShop.ID, missing, 3);
            assertEquals(new RecommendForProduct.ProductNotFound(SkiShop.ID, missing), trained.recommendForProduct.execute(command));
            assertEquals(new RecommendForProduct.ProductNotFound(SkiShop.ID, missing), untrained.recommendForProduct.execute(command));
        }
    }

    @Test
    void aProductNeverSoldGetsBestSellersAndSaysSo() {
        InMemoryCartwise cartwise = trainedByCoOccurrence();
        cartwise.importCatalog.execute(SkiShop.ID, List.of(SkiShop.variant("ski-rack", "Ski Rack", List.of(), "RACK", 1007L,
                "80.00", Stock.tracked(4))).iterator());

        // best sellers: WAX 5 orders, GOG 3, then GLV-M and BAG 2 each (the older variant first); GLV-L is out of stock
        RecommendForCart.Result.Recommended result = page(cartwise, new ProductReference.OfProduct("ski-rack"), 3);

        assertEquals(List.of("Ski Wax", "Goggles", "Ski Gloves - M"), names(result));
        assertEquals(Source.POPULARITY, result.source());
        assertEquals("None of this product's items has been bought with anything yet: best sellers instead.", result.reason());
        assertEquals("Best seller: in 5 of 7 orders", result.recommendations().getFirst().reason());
    }

    @Test
    void answersFromMemoryOnlyWhenTheServedModelKnowsTheProduct() {
        InMemoryCartwise cartwise = trainedByCoOccurrence();
        RecommendForProduct.Command gloves = new RecommendForProduct.Command(SkiShop.ID, new ProductReference.OfProduct("ski-gloves"), 5);
        RecommendForProduct.Command unknown = new RecommendForProduct.Command(SkiShop.ID, new ProductReference.OfProduct("snowboard"), 5);

        assertEquals(Answers.ignoringId(Optional.of(cartwise.recommendForProduct.execute(gloves))),
                Answers.ignoringId(cartwise.recommendForProduct.executeIfServed(gloves)));
        assertEquals(Optional.empty(), cartwise.recommendForProduct.executeIfServed(unknown));
    }

    @Test
    void theCommandNeedsAProductAndALimitOfOneToFifty() {
        assertEquals("product", assertThrows(InvalidInputException.class,
                () -> new RecommendForProduct.Command(SkiShop.ID, null, 3)).field());
        assertEquals("limit", assertThrows(InvalidInputException.class,
                () -> new RecommendForProduct.Command(SkiShop.ID, new ProductReference.OfProduct("x"), 51)).field());
        assertEquals("handle", assertThrows(InvalidInputException.class, () -> new ProductReference.OfProduct(" ")).field());
    }
}
