package com.cartwise.rest.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.domain.analytics.RecommendationId;
import com.cartwise.domain.analytics.experiment.Arm;
import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.recommend.Evidence;
import com.cartwise.domain.recommend.Recommendation;
import com.cartwise.domain.recommend.Source;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The REST twin's answers written by hand are the very JSON the serializer writes for the same
 * {@link RecommendForCartResponse}, character for character, whatever the titles hold; and the
 * parts kept per variant never outlive its values.
 */
class AnswerJsonTest {
    private static final JsonMapper SERIALIZER = JsonMapper.createDefault();
    private static final List<String> TITLES = List.of("Ski Wax", "Bâton \"Pro\" 120", "Back\\slash", "Line\nbreak\tand tab",
            "Bell\u0007 and \u001f", "Schlüssel – 鍵 – 🔑", "Crème brûlée", " spaced ", "Ünïcödé/Slash");

    private static Variant variant(long id, String title, List<String> options, Long shopifyId, String price, int stock) {
        return new Variant(id, "handle-" + id, options, id % 3 == 0 ? "" : "SKU-" + id, shopifyId, title, Money.of(price, "EUR"),
                new Stock(true, stock, false), ProductStatus.ACTIVE);
    }

    /** The variant as a basket file adds it: held at 0.00 until a products export prices it. */
    private static Variant unpriced(Variant v) {
        return new Variant(v.id(), v.handle(), v.optionValues(), v.sku(), v.shopifyVariantId(), v.productTitle(),
                Money.of("0.00", "EUR"), false, v.stock(), v.productStatus());
    }

    private static String serialized(RecommendForCart.Result.Recommended result) throws IOException {
        return new String(SERIALIZER.writeValueAsBytes(RecommendForCartResponse.of(result)), StandardCharsets.UTF_8);
    }

    private static String handWritten(AnswerJson json, RecommendForCart.Result.Recommended result) {
        return new String(json.write(result), StandardCharsets.UTF_8);
    }

    @Test
    void answersOfEveryShapeAreTheSerializersJsonCharacterForCharacter() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        AnswerJson json = new AnswerJson();
        for (int round = 0; round < 300; round++) {
            List<Recommendation> recommendations = new ArrayList<>();
            int count = random.nextInt(6);
            for (int i = 0; i < count; i++) {
                List<String> options = switch (random.nextInt(3)) {
                    case 0 -> List.of();
                    case 1 -> List.of(TITLES.get(random.nextInt(TITLES.size())));
                    default -> List.of("40", "Rouge \"vif\"");
                };
                Variant v = variant(1 + random.nextInt(40), TITLES.get(random.nextInt(TITLES.size())), options,
                        random.nextBoolean() ? null : 7_000_000_000L + random.nextInt(1000), random.nextInt(1, 500) + ".99",
                        random.nextInt(-3, 300));
                if (random.nextInt(4) == 0) {
                    v = unpriced(v);
                }
                Variant with = variant(100 + random.nextInt(5), TITLES.get(random.nextInt(TITLES.size())), List.of(), 9L, "1.00", 1);
                int total = random.nextInt(10, 10_000);
                recommendations.add(random.nextBoolean()
                        ? Recommendation.boughtWith(v, random.nextDouble() * Math.pow(10, random.nextInt(-8, 8)),
                        new Evidence(with, random.nextInt(1, 10), random.nextInt(10, 100), random.nextInt(10, 100), total))
                        : Recommendation.bestSeller(v, random.nextInt(1, total), total));
            }
            Arm arm = Arm.values()[random.nextInt(Arm.values().length)];
            RecommendForCart.Result.Recommended result = new RecommendForCart.Result.Recommended(RecommendationId.issue(arm),
                    random.nextInt(0, 5), random.nextBoolean() ? Optional.empty() : Optional.of("rp3beta(alpha=1,beta=0.3)"),
                    recommendations, random.nextBoolean() ? Source.CO_PURCHASE : Source.POPULARITY,
                    TITLES.get(random.nextInt(TITLES.size())));

            assertEquals(serialized(result), handWritten(json, result), "round " + round);
        }
    }

    @Test
    void readsBackAsTheResponseItWasWrittenFor() throws IOException {
        Variant wax = variant(1, "Ski Wax", List.of(), 7001L, "12.00", 40);
        Variant poles = variant(2, "Ski Poles", List.of("120 cm"), null, "45.00", 10);
        RecommendForCart.Result.Recommended result = new RecommendForCart.Result.Recommended(
                new RecommendationId("1123456789abcdef0123456789abcdef"), 3, Optional.of("lift"),
                List.of(Recommendation.boughtWith(poles, 0.1 + 0.2, new Evidence(wax, 2, 4, 3, 10)), Recommendation.bestSeller(wax, 7, 10)),
                Source.CO_PURCHASE, "Bought together with the cart's items.");

        RecommendForCartResponse read = SERIALIZER.readValue(new AnswerJson().write(result), RecommendForCartResponse.class);

        assertEquals(RecommendForCartResponse.of(result), read);
        assertEquals("treatment", read.arm());
        assertEquals(0.1 + 0.2, read.recommendations().getFirst().score());
    }

    @Test
    void answersTheCurrentStockAndPriceOfAVariantWhoseValuesChanged() {
        AnswerJson json = new AnswerJson();
        Variant wax = variant(1, "Ski Wax", List.of(), 7001L, "12.00", 40);
        Variant poles = variant(2, "Ski Poles", List.of("120 cm"), 7002L, "45.00", 10);
        Variant polesLater = variant(2, "Ski Poles", List.of("120 cm"), 7002L, "39.90", 3);

        String before = handWritten(json, offering(poles, wax));
        String after = handWritten(json, offering(polesLater, wax));

        assertTrue(before.contains("\"price\":{\"amount\":\"45.00\",\"currency_code\":\"EUR\"},\"inventory_quantity\":10,"), before);
        assertTrue(after.contains("\"price\":{\"amount\":\"39.90\",\"currency_code\":\"EUR\"},\"inventory_quantity\":3,"), after);
    }

    @Test
    void answersNoPriceForAnItemNoProductsExportHasPriced() throws IOException {
        AnswerJson json = new AnswerJson();
        Variant wax = variant(1, "Ski Wax", List.of(), 7001L, "12.00", 40);
        Variant rolls = unpriced(variant(2, "rolls/buns", List.of(), null, "0.00", 0));
        Variant freeGift = variant(3, "Sticker", List.of(), null, "0.00", 5);

        String unpricedAnswer = handWritten(json, offering(rolls, wax));
        String giftAnswer = handWritten(json, offering(freeGift, wax));

        assertTrue(unpricedAnswer.contains("\"variant_title\":\"Default Title\",\"price\":null,\"inventory_quantity\":0,"), unpricedAnswer);
        assertEquals(null, SERIALIZER.readValue(json.write(offering(rolls, wax)), RecommendForCartResponse.class)
                .recommendations().getFirst().price());
        assertTrue(giftAnswer.contains("\"price\":{\"amount\":\"0.00\",\"currency_code\":\"EUR\"}"), giftAnswer);
    }

    @Test
    void saysWhetherTheShopTracksTheStockItAnswers() {
        AnswerJson json = new AnswerJson();
        Variant wax = variant(1, "Ski Wax", List.of(), 7001L, "12.00", 40);
        Variant giftCard = new Variant(4, "handle-4", List.of(), "SKU-4", 7004L, "Gift Card", Money.of("25.00", "EUR"),
                Stock.untracked(), ProductStatus.ACTIVE);

        assertTrue(handWritten(json, offering(wax, wax)).contains("\"inventory_quantity\":40,\"inventory_tracked\":true,"));
        assertTrue(handWritten(json, offering(giftCard, wax)).contains("\"inventory_quantity\":0,\"inventory_tracked\":false,"));
    }

    @Test
    void variantsSharingASlotEachAnswerTheirOwnValues() throws IOException {
        AnswerJson json = new AnswerJson();
        Variant wax = variant(1, "Ski Wax", List.of(), 7001L, "12.00", 40);
        Variant first = variant(5, "First", List.of(), null, "1.00", 1);
        Variant sameSlot = variant(5 + com.cartwise.domain.catalog.VariantMemo.SLOTS, "Same Slot", List.of("L"), 8L, "2.00", 2);

        for (Variant v : List.of(first, sameSlot, first)) {
            RecommendForCart.Result.Recommended result = offering(v, wax);
            assertEquals(serialized(result), handWritten(json, result));
        }
    }

    private static RecommendForCart.Result.Recommended offering(Variant variant, Variant with) {
        return new RecommendForCart.Result.Recommended(new RecommendationId("0123456789abcdef0123456789abcdef"), 3, Optional.of("lift"),
                List.of(Recommendation.boughtWith(variant, 0.5, new Evidence(with, 2, 4, 3, 10))), Source.CO_PURCHASE, "");
    }
}
