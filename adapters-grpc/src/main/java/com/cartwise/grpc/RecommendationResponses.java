package com.cartwise.grpc;

import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.proto.v1.Evidence;
import com.cartwise.proto.v1.Money;
import com.cartwise.proto.v1.RecommendForCartResponse;
import com.cartwise.proto.v1.RecommendForProductResponse;
import com.cartwise.proto.v1.Recommendation;
import com.cartwise.proto.v1.Source;
import com.cartwise.proto.v1.VariantKeys;
import com.google.protobuf.ByteString;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Turns the use case's answer into the wire messages. What depends on the variant alone (its keys,
 * titles, price, stock) is built once per variant and kept with its text already UTF-8 encoded:
 * building those parts and encoding their strings took a fifth of the server's CPU per call in a
 * profile under load (docs/BENCHMARKS.md, "Serving load"). The parts are found by variant id, and
 * kept only while the variant is the same value (the same object, as a served model hands it out,
 * or an equal one): a variant whose stock or price changed gets parts of its own. Looking them up
 * by the variant itself hashed all of its fields for every recommendation. The cache starts over
 * once it holds {@value #MAX_VARIANTS}.
 * The answer's own reason is one of a few constant sentences: it is kept encoded too.
 */
final class RecommendationResponses {
    static final int MAX_VARIANTS = 50_000;
    private static final int MAX_REASONS = 64;
    private final ConcurrentMap<Long, Part> variantParts = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ByteString> reasons = new ConcurrentHashMap<>();

    RecommendForCartResponse toResponse(RecommendForCart.Result.Recommended result) {
        RecommendForCartResponse.Builder response = RecommendForCartResponse.newBuilder()
                .setModelVersion(result.modelVersion())
                .setMetric(result.metric().orElse(""))
                .setSource(sourceOf(result.source()))
                .setReasonBytes(reasonBytes(result.reason()));
        for (com.cartwise.domain.recommend.Recommendation recommendation : result.recommendations()) {
            response.addRecommendations(toRecommendation(recommendation));
        }
        return response.build();
    }

    /** A product page's answer: the same members as a cart's, in the product RPC's own message. */
    RecommendForProductResponse toProductResponse(RecommendForCart.Result.Recommended result) {
        RecommendForProductResponse.Builder response = RecommendForProductResponse.newBuilder()
                .setModelVersion(result.modelVersion())
                .setMetric(result.metric().orElse(""))
                .setSource(sourceOf(result.source()))
                .setReasonBytes(reasonBytes(result.reason()));
        for (com.cartwise.domain.recommend.Recommendation recommendation : result.recommendations()) {
            response.addRecommendations(toRecommendation(recommendation));
        }
        return response.build();
    }

    static Source sourceOf(com.cartwise.domain.recommend.Source source) {
        return switch (source) {
            case CO_PURCHASE -> Source.SOURCE_CO_PURCHASE;
            case POPULARITY -> Source.SOURCE_POPULARITY;
        };
    }

    private ByteString reasonBytes(String reason) {
        ByteString bytes = reasons.get(reason);
        if (bytes == null) {
            if (reasons.size() >= MAX_REASONS) {
                reasons.clear();
            }
            bytes = reasons.computeIfAbsent(reason, RecommendationResponses::utf8);
        }
        return bytes;
    }

    private Recommendation toRecommendation(com.cartwise.domain.recommend.Recommendation recommendation) {
        Variant variant = recommendation.variant();
        Part part = partOf(variant);
        // Fields set one by one from the kept parts, never merged from a kept message: merging decodes
        // each text field of the kept message to a String, to be encoded again when the answer is written.
        Recommendation.Builder built = Recommendation.newBuilder()
                .setVariant(part.keys())
                .setProductTitleBytes(part.productTitle())
                .setVariantTitleBytes(part.variantTitle())
                .setPrice(part.price())
                .setInventoryQuantity(variant.stock().quantity())
                .setScore(recommendation.score())
                .setReason(recommendation.reason())
                .setSource(sourceOf(recommendation.source()));
        // A best seller has no co-purchase evidence.
        recommendation.evidence().ifPresent(evidence -> built.setEvidence(Evidence.newBuilder()
                .setWithVariantId(evidence.with().id())
                .setWithProductTitleBytes(partOf(evidence.with()).productTitle())
                .setOrdersTogether(evidence.ordersTogether())
                .setOrdersWithCartItem(evidence.ordersWithCartItem())
                .setOrdersTotal(evidence.ordersTotal())
                .setLift(evidence.lift())));
        return built.build();
    }

    /** What a variant's recommendations share, encoded once: its keys, titles and price, and the variant they came from. */
    private record Part(Variant variant, VariantKeys keys, ByteString productTitle, ByteString variantTitle, Money price) {
        static Part of(Variant variant) {
            return new Part(variant, keysOf(variant), utf8(variant.productTitle()), utf8(variant.variantTitle()), Money.newBuilder()
                    .setAmountBytes(utf8(variant.price().amountText()))
                    .setCurrencyCodeBytes(utf8(variant.price().currency().getCurrencyCode()))
                    .build());
        }
    }

    private Part partOf(Variant variant) {
        Part part = variantParts.get(variant.id());
        if (part != null && (part.variant() == variant || part.variant().equals(variant))) {
            return part;
        }
        if (variantParts.size() >= MAX_VARIANTS) {
            variantParts.clear();
        }
        part = Part.of(variant);
        variantParts.put(variant.id(), part);
        return part;
    }

    private static VariantKeys keysOf(Variant variant) {
        VariantKeys.Builder keys = VariantKeys.newBuilder()
                .setVariantId(variant.id())
                .setSkuBytes(utf8(variant.sku()))
                .setHandleBytes(utf8(variant.handle()));
        variant.optionValues().forEach(value -> keys.addOptionValuesBytes(utf8(value)));
        variant.shopifyId().ifPresent(keys::setShopifyVariantId);
        return keys.build();
    }

    private static ByteString utf8(String text) {
        return ByteString.copyFromUtf8(text);
    }
}
