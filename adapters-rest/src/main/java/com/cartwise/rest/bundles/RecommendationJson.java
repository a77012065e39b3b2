package com.cartwise.rest.bundles;

import com.cartwise.application.bundles.BundleRecommendation;
import com.cartwise.application.bundles.RecommendationQuery;
import com.cartwise.application.bundles.review.ApprovalCheck;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.problem.Problems;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A proposed bundle with where it stands: the generation job that wrote it, the publishing wave
 * that made it visible, the merchant's review (proposed, approved or rejected, with a note), and
 * whether it may be approved ({@link ApprovalCheck}), so a dashboard can say so before the merchant
 * tries: {@code approvable} is false when an approval would be refused, {@code approval_problem} is
 * then the refusal's problem type, and {@code items_without_price} names the items it would give away.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RecommendationJson(String bundleKey, String jobId, int wave, Instant publishedAt, String status, @Nullable String note,
                                 @Nullable Instant reviewedAt, boolean approvable, @Nullable String approvalProblem,
                                 List<String> itemsWithoutPrice, BundleJson bundle, Links links) {

    static RecommendationJson of(ShopId shop, BundleRecommendation r, Map<Long, Variant> catalogue) {
        String self = BundlePaths.recommendation(shop, r.key());
        Optional<ApprovalCheck.Refusal> refusal = ApprovalCheck.of(r, catalogue);
        String problem = null;
        List<String> withoutPrice = List.of();
        if (refusal.isPresent()) {
            switch (refusal.get()) {
                case ApprovalCheck.Refusal.GivesAway givesAway -> {
                    problem = Problems.BUNDLE_UNPRICED;
                    withoutPrice = givesAway.items().stream().map(Variant::lineName).toList();
                }
                case ApprovalCheck.Refusal.PricesChanged changed -> problem = Problems.BUNDLE_PRICES_CHANGED;
            }
        }
        return new RecommendationJson(r.key().value(), r.run().toString(), r.wave(), r.publishedAt(), r.review().status().wireName(),
                r.review().note().orElse(null), r.review().reviewedAt().orElse(null), refusal.isEmpty(), problem, withoutPrice,
                BundleJson.of(r.proposal(), catalogue),
                new Links(self, self + "/approve", self + "/reject", "/api/v1/shops/" + shop + "/active-bundles"));
    }

    static Page page(ShopId shop, List<BundleRecommendation> page, Map<Long, Variant> catalogue, int limit) {
        return new Page(page.stream().map(r -> of(shop, r, catalogue)).toList(),
                page.size() == limit ? RecommendationQuery.After.of(page.getLast()).text() : null);
    }

    /** The recommendation itself and its review actions; POST {@code {"bundle_key": ...}} to {@code activate} makes an approved one live. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Links(String self, String approve, String reject, String activate) {
    }

    /** A page of recommendations, best first; {@code next_cursor} asks for the next page (null on the last). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Page(List<RecommendationJson> bundleRecommendations, @Nullable String nextCursor) {
    }
}
