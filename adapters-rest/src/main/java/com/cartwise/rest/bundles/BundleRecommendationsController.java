package com.cartwise.rest.bundles;

import com.cartwise.rest.problem.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import com.cartwise.application.bundles.RecommendationQuery;
import com.cartwise.application.bundles.ReviewStatus;
import com.cartwise.application.bundles.review.FindBundleRecommendation;
import com.cartwise.application.bundles.review.ListBundleRecommendations;
import com.cartwise.application.bundles.review.ReviewBundle;
import com.cartwise.application.bundles.review.StandingReview;
import com.cartwise.application.jobs.JobId;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Optional;
import java.util.OptionalInt;

/** The bundles generations proposed: the list (filtered, paged), one with its evidence, and the merchant's review. */
@Controller("/api/v1/shops/{shopId}/bundle-recommendations")
@ApiResponse(responseCode = "4XX", description = "A problem (RFC 9457) whose type is a stable URN",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ExecuteOn(TaskExecutors.BLOCKING)
public class BundleRecommendationsController {
    private final ListBundleRecommendations list;
    private final FindBundleRecommendation find;
    private final ReviewBundle review;

    public BundleRecommendationsController(ListBundleRecommendations list, FindBundleRecommendation find, ReviewBundle review) {
        this.list = list;
        this.find = find;
        this.review = review;
    }

    /**
     * @param objective only this objective's bundles (increase_aov ...)
     * @param type      only this type's (fbt, volume, bogo, mix_and_match)
     * @param status    only those proposed, approved or rejected
     * @param wave      only those the given publishing wave made visible (1 is the top 3)
     * @param jobId     only those this generation wrote: a running generation's partial results
     * @param limit     at most this many, 1-100 (default 20)
     * @param cursor    the {@code next_cursor} of the previous page
     * @param approvable only those an approval would accept ({@code true}) or refuse ({@code false}), judged on the catalogue now
     */
    @Get
    public HttpResponse<?> list(String shopId, @Nullable @QueryValue String objective, @Nullable @QueryValue String type,
                                @Nullable @QueryValue String status, @Nullable @QueryValue Integer wave,
                                @Nullable @QueryValue("job_id") String jobId, @Nullable @QueryValue Integer limit,
                                @Nullable @QueryValue String cursor, @Nullable @QueryValue String approvable) {
        ShopId shop = ShopId.of(shopId);
        RecommendationQuery query = new RecommendationQuery(shop, present(objective).map(Objective::fromWireName),
                present(type).map(BundleRecommendationsController::bundleType), present(status).map(ReviewStatus::fromWireName),
                wave == null ? OptionalInt.empty() : OptionalInt.of(wave), present(jobId).map(JobId::parse),
                limit == null ? RecommendationQuery.DEFAULT_LIMIT : limit, present(cursor).map(RecommendationQuery.After::parse));
        return switch (list.execute(query, present(approvable).map(BundleRecommendationsController::approvable))) {
            case ListBundleRecommendations.Result.Listed listed -> HttpResponse.ok(RecommendationJson.page(shop, listed.recommendations(),
                    listed.variants(), query.limit()));
            case ListBundleRecommendations.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
        };
    }

    private static boolean approvable(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException("approvable", "must be true or false, but was '" + value + "'");
        };
    }

    /** The query's {@code type}, named so when refused (the domain names it bundle_type). */
    private static BundleType bundleType(String type) {
        try {
            return BundleType.fromWireName(type);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("type", e.problem());
        }
    }

    @Get("/{bundleKey}")
    public HttpResponse<?> find(String shopId, String bundleKey) {
        ShopId shop = ShopId.of(shopId);
        return switch (find.execute(shop, new BundleKey(bundleKey))) {
            case FindBundleRecommendation.Result.Found found -> HttpResponse.ok(RecommendationJson.of(shop, found.recommendation(),
                    found.variants()));
            case FindBundleRecommendation.Result.NotFound notFound -> Problems.bundleRecommendationNotFound(shop, bundleKey);
            case FindBundleRecommendation.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
        };
    }

    /** {"note": "..."} optional. 200 with the recommendation as approved. */
    @Post("/{bundleKey}/approve")
    public HttpResponse<?> approve(String shopId, String bundleKey, @Nullable @Body ReviewRequest body) {
        return decide(shopId, bundleKey, ReviewStatus.APPROVED, body);
    }

    /** {"note": "..."} optional. 200 with the recommendation as rejected. */
    @Post("/{bundleKey}/reject")
    public HttpResponse<?> reject(String shopId, String bundleKey, @Nullable @Body ReviewRequest body) {
        return decide(shopId, bundleKey, ReviewStatus.REJECTED, body);
    }

    private HttpResponse<?> decide(String shopId, String bundleKey, ReviewStatus decision, ReviewRequest body) {
        ShopId shop = ShopId.of(shopId);
        Optional<String> note = Optional.ofNullable(body).map(ReviewRequest::note);
        return switch (review.execute(new ReviewBundle.Command(shop, new BundleKey(bundleKey), decision, note))) {
            case ReviewBundle.Result.Reviewed reviewed -> HttpResponse.ok(RecommendationJson.of(shop, reviewed.recommendation(),
                    reviewed.variants()));
            case ReviewBundle.Result.Unpriced unpriced -> Problems.bundleUnpriced(bundleKey, unpriced.recommendation().price().currency(),
                    unpriced.givenAway().stream().map(Variant::lineName).toList());
            case ReviewBundle.Result.PricesChanged changed -> Problems.bundlePricesChanged(Problems.PricedAction.APPROVAL, bundleKey,
                    changed.recommendation().price(), changed.prices().now(),
                    StandingReview.pricedAnew(changed.recommendation().review().status()));
            case ReviewBundle.Result.NotFound notFound -> Problems.bundleRecommendationNotFound(shop, bundleKey);
            case ReviewBundle.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
        };
    }

    static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The merchant's note on a review. */
    @Serdeable
    public record ReviewRequest(@Nullable String note) {
    }
}
