package com.cartwise.grpc.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import com.cartwise.proto.v1.RecommendForCartResponse;
import com.cartwise.proto.v1.RecommendForProductResponse;
import com.cartwise.proto.v1.VariantKeys;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Answers written straight in the wire format read back as the messages protobuf's builders make
 * of the same result, byte for byte; and the parts kept per variant never outlive its values.
 */
class AnswerEncoderTest {
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

    private static RecommendForCartResponse asCartAnswer(EncodedAnswer answer) throws InvalidProtocolBufferException {
        return RecommendForCartResponse.parseFrom(answer.bytes());
    }

    @Test
    void answersTheCurrentStockAndPriceOfAVariantWhoseValuesChanged() throws Exception {
        AnswerEncoder encoder = new AnswerEncoder();
        Variant poles = variant(2, "Ski Poles", List.of("120 cm"), "45.00", 10);
        Variant polesLater = variant(2, "Ski Poles", List.of("120 cm"), "39.90", 3);

        RecommendForCartResponse before = asCartAnswer(encoder.encode(offering(poles)));
        RecommendForCartResponse after = asCartAnswer(encoder.encode(offering(polesLater)));

        assertEquals(10, before.getRecommendations(0).getInventoryQuantity());
        assertEquals("45.00", before.getRecommendations(0).getPrice().getAmount());
        assertEquals(3, after.getRecommendations(0).getInventoryQuantity());
        assertEquals("39.90", after.getRecommendations(0).getPrice().getAmount());
    }

    @Test
    void leavesOutThePriceOfAnItemNoProductsExportHasPriced() throws Exception {
        AnswerEncoder encoder = new AnswerEncoder();
        Variant rolls = new Variant(2, "item-rolls-buns", List.of(), "", null, "rolls/buns", Money.of("0.00", "EUR"), false,
                Stock.untracked(), ProductStatus.ACTIVE);
        Variant freeGift = variant(3, "Sticker", List.of(), "0.00", 5);

        var unpriced = asCartAnswer(encoder.encode(offering(rolls))).getRecommendations(0);
        var gift = asCartAnswer(encoder.encode(offering(freeGift))).getRecommendations(0);

        assertFalse(unpriced.hasPrice());
        assertEquals("rolls/buns", unpriced.getProductTitle());
        assertTrue(gift.hasPrice());
        assertEquals("0.00", gift.getPrice().getAmount());
    }

    @Test
    void saysWhetherTheShopTracksTheStockItAnswers() throws Exception {
        AnswerEncoder encoder = new AnswerEncoder();
        Variant counted = variant(2, "Ski Poles", List.of("120 cm"), "45.00", 0);
        Variant uncounted = new Variant(3, "handle-3", List.of(), "SKU-3", 7003L, "Gift Card", Money.of("25.00", "EUR"),
                Stock.untracked(), ProductStatus.ACTIVE);

        var tracked = asCartAnswer(encoder.encode(offering(counted))).getRecommendations(0);
        var untracked = asCartAnswer(encoder.encode(offering(uncounted))).getRecommendations(0);

        assertTrue(tracked.getInventoryTracked());
        assertEquals(0, tracked.getInventoryQuantity());
        assertFalse(untracked.getInventoryTracked());
        assertEquals(0, untracked.getInventoryQuantity());
    }

    @Test
    void saysWhereTheAnswerAndEachRecommendationComeFrom() throws Exception {
        AnswerEncoder encoder = new AnswerEncoder();
        Variant poles = variant(2, "Ski Poles", List.of("120 cm"), "45.00", 10);
        RecommendForCart.Result.Recommended mixed = new RecommendForCart.Result.Recommended(ANSWER, 3, Optional.of("lift"),
                List.of(Recommendation.boughtWith(poles, 0.5, new Evidence(WAX, 2, 4, 3, 10)), Recommendation.bestSeller(WAX, 7, 10)),
                Source.CO_PURCHASE, "Bought together with the cart's items.");

        RecommendForCartResponse response = asCartAnswer(encoder.encode(mixed));

        assertEquals(com.cartwise.proto.v1.Source.SOURCE_CO_PURCHASE, response.getSource());
        assertEquals("Bought together with the cart's items.", response.getReason());
        assertEquals("0123456789abcdef0123456789abcdef", response.getRecommendationId());
        assertEquals(com.cartwise.proto.v1.Source.SOURCE_CO_PURCHASE, response.getRecommendations(0).getSource());
        assertEquals(com.cartwise.proto.v1.Source.SOURCE_POPULARITY, response.getRecommendations(1).getSource());
        assertEquals("Best seller: in 7 of 10 orders", response.getRecommendations(1).getReason());
        assertFalse(response.getRecommendations(1).hasEvidence());
        assertEquals(response, asCartAnswer(encoder.encode(mixed)));
    }

    @Test
    void twoVariantsWhoseIdsShareAPartsSlotAreEachAnsweredAsThemselves() throws Exception {
        AnswerEncoder encoder = new AnswerEncoder();
        Variant poles = variant(2, "Ski Poles", List.of("120 cm"), "45.00", 10);
        Variant boots = variant(2 + com.cartwise.domain.catalog.VariantMemo.SLOTS, "Ski Boots", List.of("42"), "199.00", 4);

        for (int round = 0; round < 3; round++) {
            assertEquals("Ski Poles", asCartAnswer(encoder.encode(offering(poles))).getRecommendations(0).getProductTitle());
            assertEquals("Ski Boots", asCartAnswer(encoder.encode(offering(boots))).getRecommendations(0).getProductTitle());
        }
    }

    @Test
    void answersTheSameFromKeptPartsAsWhenFirstEncoded() throws Exception {
        AnswerEncoder encoder = new AnswerEncoder();
        Variant poles = variant(2, "Ski Poles", List.of("120 cm", "Blue"), "45.00", 10);

        EncodedAnswer first = encoder.encode(offering(poles));
        EncodedAnswer second = encoder.encode(offering(poles));

        assertArrayEquals(first.bytes(), second.bytes());
        RecommendForCartResponse read = asCartAnswer(second);
        assertEquals(List.of("120 cm", "Blue"), read.getRecommendations(0).getVariant().getOptionValuesList());
        assertEquals("120 cm / Blue", read.getRecommendations(0).getVariantTitle());
        assertEquals("Ski Wax", read.getRecommendations(0).getEvidence().getWithProductTitle());
        assertEquals(7002, read.getRecommendations(0).getVariant().getShopifyVariantId());
    }

    @Test
    void writesExactlyTheBytesProtobufWritesForTheSameAnswer() throws Exception {
        SplittableRandom random = new SplittableRandom(17);
        AnswerEncoder encoder = new AnswerEncoder();
        for (int i = 0; i < 500; i++) {
            RecommendForCart.Result.Recommended result = randomAnswer(random);

            EncodedAnswer encoded = encoder.encode(result);

            assertArrayEquals(builtByProtobuf(result).toByteArray(), encoded.bytes(), "answer " + i);
            assertEquals(RecommendForProductResponse.parseFrom(builtByProtobuf(result).toByteArray()),
                    RecommendForProductResponse.parseFrom(encoded.bytes()), "as a product page's answer, " + i);
        }
    }

    @Test
    void saysTheHoldoutArmOfTheAnswer() throws Exception {
        AnswerEncoder encoder = new AnswerEncoder();
        for (Arm arm : Arm.values()) {
            RecommendForCart.Result.Recommended control = new RecommendForCart.Result.Recommended(RecommendationId.issue(arm), 3,
                    Optional.of("lift"), List.of(), Source.POPULARITY, "Holdout control arm");

            RecommendForCartResponse response = asCartAnswer(encoder.encode(control));

            assertEquals(switch (arm) {
                case NONE -> com.cartwise.proto.v1.Arm.ARM_NONE;
                case TREATMENT -> com.cartwise.proto.v1.Arm.ARM_TREATMENT;
                case CONTROL -> com.cartwise.proto.v1.Arm.ARM_CONTROL;
            }, response.getArm());
            assertArrayEquals(builtByProtobuf(control).toByteArray(), encoder.encode(control).bytes(), arm.wireName());
        }
    }

    @Test
    void writesTheAnswerOfAShopWithoutAModelAsProtobufDoes() {
        RecommendForCart.Result.Recommended none = new RecommendForCart.Result.Recommended(ANSWER, 0, Optional.empty(), List.of(),
                Source.POPULARITY, "The shop has no model yet: train one from its orders.");

        assertArrayEquals(builtByProtobuf(none).toByteArray(), new AnswerEncoder().encode(none).bytes());
    }

    /** Answers of every shape: up to 8 recommendations, best sellers and co-purchases, titles beyond ASCII, zeros. */
    private static RecommendForCart.Result.Recommended randomAnswer(SplittableRandom random) {
        String[] titles = {"Ski Wax", "Bonnet d'hiver", "Ørsted Mütze", "Gift card", "スキー板"};
        List<Variant> variants = new ArrayList<>();
        for (int v = 0; v < 12; v++) {
            List<String> options = random.nextBoolean() ? List.of() : List.of("M", random.nextBoolean() ? "Blue" : "");
            Long shopifyId = random.nextInt(3) == 0 ? null : (long) random.nextInt(1_000_000);
            variants.add(new Variant(1 + random.nextInt(40), "h-" + v, options, random.nextBoolean() ? "" : "SKU-" + v, shopifyId,
                    titles[random.nextInt(titles.length)], Money.of(random.nextInt(5) + ".50", "EUR"), random.nextInt(4) != 0,
                    new Stock(random.nextBoolean(), random.nextInt(3) - 1, random.nextBoolean()), ProductStatus.ACTIVE));
        }
        List<Recommendation> recommendations = new ArrayList<>();
        for (int r = random.nextInt(9); r > 0; r--) {
            Variant offered = variants.get(random.nextInt(variants.size()));
            if (random.nextBoolean()) {
                recommendations.add(Recommendation.bestSeller(offered, random.nextInt(50), 1 + random.nextInt(500)));
            } else {
                int together = 1 + random.nextInt(20);
                recommendations.add(Recommendation.boughtWith(offered, random.nextInt(4) == 0 ? 0 : random.nextDouble() * 3,
                        new Evidence(variants.get(random.nextInt(variants.size())), together, together + random.nextInt(30),
                                together + random.nextInt(30), 60 + random.nextInt(500))));
            }
        }
        Arm arm = Arm.values()[random.nextInt(Arm.values().length)];
        return new RecommendForCart.Result.Recommended(RecommendationId.issue(arm), random.nextInt(3) == 0 ? 0 : random.nextLong(1, 1L << 40),
                random.nextBoolean() ? Optional.of("rp3beta(alpha=1,beta=0.3)") : Optional.empty(), recommendations,
                random.nextBoolean() ? Source.CO_PURCHASE : Source.POPULARITY, random.nextBoolean() ? "" : "Bought together × 2");
    }

    /** The same answer as protobuf's builders make it: the encoder's specification. */
    private static RecommendForCartResponse builtByProtobuf(RecommendForCart.Result.Recommended result) {
        RecommendForCartResponse.Builder response = RecommendForCartResponse.newBuilder()
                .setModelVersion(result.modelVersion())
                .setMetric(result.metric().orElse(""))
                .setSourceValue(AnswerEncoder.sourceNumber(result.source()))
                .setReason(result.reason())
                .setRecommendationId(result.recommendationId().value())
                .setArmValue(AnswerEncoder.armNumber(result.arm()));
        for (Recommendation r : result.recommendations()) {
            Variant v = r.variant();
            VariantKeys.Builder keys = VariantKeys.newBuilder().setVariantId(v.id()).setSku(v.sku()).setHandle(v.handle())
                    .addAllOptionValues(v.optionValues());
            v.shopifyId().ifPresent(keys::setShopifyVariantId);
            com.cartwise.proto.v1.Recommendation.Builder built = com.cartwise.proto.v1.Recommendation.newBuilder()
                    .setVariant(keys)
                    .setProductTitle(v.productTitle())
                    .setVariantTitle(v.variantTitle())
                    .setInventoryQuantity(v.stock().quantity())
                    .setInventoryTracked(v.stock().tracked())
                    .setScore(r.score())
                    .setReason(r.reason())
                    .setSourceValue(AnswerEncoder.sourceNumber(r.source()));
            if (v.priceGiven()) {
                built.setPrice(com.cartwise.proto.v1.Money.newBuilder().setAmount(v.price().amountText())
                        .setCurrencyCode(v.price().currency().getCurrencyCode()));
            }
            r.evidence().ifPresent(e -> built.setEvidence(com.cartwise.proto.v1.Evidence.newBuilder()
                    .setWithVariantId(e.with().id())
                    .setWithProductTitle(e.with().productTitle())
                    .setOrdersTogether(e.ordersTogether())
                    .setOrdersWithCartItem(e.ordersWithCartItem())
                    .setOrdersTotal(e.ordersTotal())
                    .setLift(e.lift())));
            response.addRecommendations(built);
        }
        return response.build();
    }
}
