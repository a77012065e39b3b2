package com.cartwise.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.domain.analytics.RecommendationId;
import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.recommend.Evidence;
import com.cartwise.domain.recommend.Recommendation;
import com.cartwise.domain.recommend.Source;
import com.cartwise.proto.v1.RecommendForCartResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parts kept per variant never outlive the variant's values: new stock or price, new parts. */
class RecommendationResponsesTest {
    private static final RecommendationId ANSWER = new RecommendationId("0123456789abcdef0123456789abcdef");
    private static final Variant WAX = variant(1, "Ski Wax", List.of(), "12.00", 40);

    private static Variant variant(long id, String title, List<String> options, String price, int stock) {
        return new Variant(id, "handle-" + id, options, "SKU-" + id, 7000 + id, title, Money.of(price, "EUR"),
                new Stock(true, stock, false), ProductStatus.ACTIVE);
    }

    private static RecommendForCart.Result.Recommended offering(Variant variant) {
        return new RecommendForCart.Result.Recommended(ANSWER, 3, Optional.of("lift"),
                List.of(Recommendation.boughtWith(variant, 0.5, new Evidence(WAX, 2, 4, 3, 10))), Source.CO_PURCHASE, "");
    }

    @Test
    void answersTheCurrentStockAndPriceOfAVariantWhoseValuesChanged() {
        RecommendationResponses responses = new RecommendationResponses();
        Variant poles = variant(2, "Ski Poles", List.of("120 cm"), "45.00", 10);
        Variant polesLater = variant(2, "Ski Poles", List.of("120 cm"), "39.90", 3);

        RecommendForCartResponse before = responses.toResponse(offering(poles));
        RecommendForCartResponse after = responses.toResponse(offering(polesLater));

        assertEquals(10, before.getRecommendations(0).getInventoryQuantity());
        assertEquals("45.00", before.getRecommendations(0).getPrice().getAmount());
        assertEquals(3, after.getRecommendations(0).getInventoryQuantity());
        assertEquals("39.90", after.getRecommendations(0).getPrice().getAmount());
    }

    @Test
    void saysWhereTheAnswerAndEachRecommendationComeFrom() {
        RecommendationResponses responses = new RecommendationResponses();
        Variant poles = variant(2, "Ski Poles", List.of("120 cm"), "45.00", 10);
        RecommendForCart.Result.Recommended mixed = new RecommendForCart.Result.Recommended(ANSWER, 3, Optional.of("lift"),
                List.of(Recommendation.boughtWith(poles, 0.5, new Evidence(WAX, 2, 4, 3, 10)), Recommendation.bestSeller(WAX, 7, 10)),
                Source.CO_PURCHASE, "Bought together with the cart's items.");

        RecommendForCartResponse response = responses.toResponse(mixed);

        assertEquals(com.cartwise.proto.v1.Source.SOURCE_CO_PURCHASE, response.getSource());
        assertEquals("Bought together with the cart's items.", response.getReason());
        assertEquals("0123456789abcdef0123456789abcdef", response.getRecommendationId());
        assertEquals(com.cartwise.proto.v1.Source.SOURCE_CO_PURCHASE, response.getRecommendations(0).getSource());
        assertEquals(com.cartwise.proto.v1.Source.SOURCE_POPULARITY, response.getRecommendations(1).getSource());
        assertEquals("Best seller: in 7 of 10 orders", response.getRecommendations(1).getReason());
        assertEquals(false, response.getRecommendations(1).hasEvidence());
        assertEquals(response, responses.toResponse(mixed));
    }

    @Test
    void answersTheSameMessageFromKeptPartsAsWhenFirstBuilt() {
        RecommendationResponses responses = new RecommendationResponses();
        Variant poles = variant(2, "Ski Poles", List.of("120 cm", "Blue"), "45.00", 10);

        RecommendForCartResponse first = responses.toResponse(offering(poles));
        RecommendForCartResponse second = responses.toResponse(offering(poles));

        assertEquals(first, second);
        assertEquals(List.of("120 cm", "Blue"), second.getRecommendations(0).getVariant().getOptionValuesList());
        assertEquals("120 cm / Blue", second.getRecommendations(0).getVariantTitle());
        assertEquals("Ski Wax", second.getRecommendations(0).getEvidence().getWithProductTitle());
        assertEquals(7002, second.getRecommendations(0).getVariant().getShopifyVariantId());
    }
}
