package com.cartwise.grpc;

import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.proto.v1.Evidence;
import com.cartwise.proto.v1.Money;
import com.cartwise.proto.v1.RecommendForCartResponse;
import com.cartwise.proto.v1.Recommendation;
import com.cartwise.proto.v1.VariantKeys;

/** Turns the use case's answer into the wire messages. */
final class RecommendationResponses {

    private RecommendationResponses() {
    }

    static RecommendForCartResponse toResponse(RecommendForCart.Result.Recommended result) {
        RecommendForCartResponse.Builder response = RecommendForCartResponse.newBuilder()
                .setModelVersion(result.modelVersion())
                .setMetric(result.metric().orElse(""));
        result.recommendations().forEach(r -> response.addRecommendations(toRecommendation(r)));
        return response.build();
    }

    private static Recommendation toRecommendation(com.cartwise.domain.recommend.Recommendation recommendation) {
        Variant variant = recommendation.variant();
        Recommendation.Builder built = Recommendation.newBuilder()
                .setVariant(keysOf(variant))
                .setProductTitle(variant.productTitle())
                .setVariantTitle(variant.variantTitle())
                .setPrice(Money.newBuilder()
                        .setAmount(variant.price().amountText())
                        .setCurrencyCode(variant.price().currency().getCurrencyCode()))
                .setInventoryQuantity(variant.stock().quantity())
                .setScore(recommendation.score())
                .setReason(recommendation.reason());
        // a best seller has no co-purchase evidence
        recommendation.evidence().ifPresent(e -> built.setEvidence(toEvidence(e)));
        return built.build();
    }

    private static VariantKeys keysOf(Variant variant) {
        VariantKeys.Builder keys = VariantKeys.newBuilder()
                .setVariantId(variant.id())
                .setSku(variant.sku())
                .setHandle(variant.handle())
                .addAllOptionValues(variant.optionValues());
        variant.shopifyId().ifPresent(keys::setShopifyVariantId);
        return keys.build();
    }

    private static Evidence toEvidence(com.cartwise.domain.recommend.Evidence evidence) {
        return Evidence.newBuilder()
                .setWithVariantId(evidence.with().id())
                .setWithProductTitle(evidence.with().productTitle())
                .setOrdersTogether(evidence.ordersTogether())
                .setOrdersWithCartItem(evidence.ordersWithCartItem())
                .setOrdersTotal(evidence.ordersTotal())
                .setLift(evidence.lift())
                .build();
    }
}
