package com.cartwise.rest.bundles;

import com.cartwise.rest.problem.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import static com.cartwise.rest.bundles.BundleRecommendationsController.present;

import com.cartwise.application.bundles.ActiveBundleQuery;
import com.cartwise.application.bundles.ActiveStatus;
import com.cartwise.application.bundles.active.ActivateBundle;
import com.cartwise.application.bundles.active.DeactivateBundle;
import com.cartwise.application.bundles.active.ExportActiveBundles;
import com.cartwise.application.bundles.active.FindActiveBundle;
import com.cartwise.application.bundles.active.ListActiveBundles;
import com.cartwise.application.bundles.review.StandingReview;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.net.URI;
import java.time.Clock;

/** The bundles a shop made live: activate an approved recommendation, list, look at, deactivate, export for the storefront. */
@Controller("/api/v1/shops/{shopId}/active-bundles")
@ApiResponse(responseCode = "4XX", description = "A problem (RFC 9457) whose type is a stable URN",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ExecuteOn(TaskExecutors.BLOCKING)
public class ActiveBundlesController {
    private final ActivateBundle activate;
    private final DeactivateBundle deactivate;
    private final ListActiveBundles list;
    private final FindActiveBundle find;
    private final ExportActiveBundles export;
    private final Clock clock;

    public ActiveBundlesController(ActivateBundle activate, DeactivateBundle deactivate, ListActiveBundles list, FindActiveBundle find,
                                   ExportActiveBundles export, Clock clock) {
        this.activate = activate;
        this.deactivate = deactivate;
        this.list = list;
        this.find = find;
        this.export = export;
        this.clock = clock;
    }

    /**
     * {"bundle_key": "..."}: 201 with the active bundle (200 when it was active already as approved); 409 when it is not
     * approved, or was approved on item prices the catalogue no longer has.
     */
    @Post
    public HttpResponse<?> activate(String shopId, @Nullable @Body ActivateRequest body) {
        ShopId shop = ShopId.of(shopId);
        InvalidInputException.require(body != null && body.bundleKey() != null, "bundle_key",
                "is required: the key of an approved bundle recommendation");
        BundleKey key = new BundleKey(body.bundleKey());
        return switch (activate.execute(shop, key)) {
            case ActivateBundle.Result.Activated activated -> {
                ActiveBundleJson json = ActiveBundleJson.of(shop, activated.bundle(), activated.variants());
                yield activated.created() ? HttpResponse.created(json, URI.create(json.links().self())) : HttpResponse.ok(json);
            }
            case ActivateBundle.Result.PricesChanged changed -> Problems.bundlePricesChanged(changed.live()
                            ? Problems.PricedAction.REACTIVATION : Problems.PricedAction.ACTIVATION,
                    key.value(), changed.recommendation().price(), changed.prices().now(),
                    StandingReview.pricedAnew(changed.recommendation().review().status()));
            case ActivateBundle.Result.NotApproved notApproved -> Problems.bundleNotApproved(shop, key.value(),
                    notApproved.recommendation().review().status().wireName());
            case ActivateBundle.Result.NotFound notFound -> Problems.bundleRecommendationNotFound(shop, key.value());
            case ActivateBundle.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
        };
    }

    /**
     * @param status only active or only inactive bundles (default: both)
     * @param limit  at most this many, 1-100 (default 20)
     * @param cursor the {@code next_cursor} of the previous page
     */
    @Get
    public HttpResponse<?> list(String shopId, @Nullable @QueryValue String status, @Nullable @QueryValue Integer limit,
                                @Nullable @QueryValue String cursor) {
        ShopId shop = ShopId.of(shopId);
        ActiveBundleQuery query = new ActiveBundleQuery(shop, present(status).map(ActiveStatus::fromWireName),
                limit == null ? ActiveBundleQuery.DEFAULT_LIMIT : limit, present(cursor).map(ActiveBundleQuery.After::parse));
        return switch (list.execute(query)) {
            case ListActiveBundles.Result.Listed listed -> HttpResponse.ok(ActiveBundleJson.page(shop, listed.bundles(), listed.variants(),
                    query.limit()));
            case ListActiveBundles.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
        };
    }

    /**
     * The shop's active bundles for its storefront: JSON ({@code format=json}, the default) or CSV
     * ({@code format=csv}, one row per bundle item).
     */
    @Get(uri = "/export", produces = {MediaType.APPLICATION_JSON, "text/csv"})
    public HttpResponse<?> export(String shopId, @Nullable @QueryValue String format) {
        ShopId shop = ShopId.of(shopId);
        String chosen = present(format).orElse("json");
        InvalidInputException.require(chosen.equals("json") || chosen.equals("csv"), "format",
                "'" + format + "' is not an export format; use json or csv");
        return switch (export.execute(shop)) {
            case ExportActiveBundles.Result.Exported exported -> chosen.equals("csv")
                    ? HttpResponse.ok(ExportCsv.of(exported.bundles())).contentType(MediaType.of("text/csv; charset=utf-8"))
                            .header("Content-Disposition", "attachment; filename=\"active-bundles-" + shop + ".csv\"")
                    : HttpResponse.ok(ExportJson.of(shop, clock.instant(), exported.bundles())).contentType(MediaType.APPLICATION_JSON_TYPE);
            case ExportActiveBundles.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
        };
    }

    @Get("/{bundleKey}")
    public HttpResponse<?> find(String shopId, String bundleKey) {
        ShopId shop = ShopId.of(shopId);
        return switch (find.execute(shop, new BundleKey(bundleKey))) {
            case FindActiveBundle.Result.Found found -> HttpResponse.ok(ActiveBundleJson.of(shop, found.bundle(), found.variants()));
            case FindActiveBundle.Result.NotFound notFound -> Problems.activeBundleNotFound(shop, bundleKey);
            case FindActiveBundle.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
        };
    }

    /** 200 with the bundle as taken off (as it was when it was off already). */
    @Post("/{bundleKey}/deactivate")
    public HttpResponse<?> deactivate(String shopId, String bundleKey) {
        ShopId shop = ShopId.of(shopId);
        return switch (deactivate.execute(shop, new BundleKey(bundleKey))) {
            case DeactivateBundle.Result.Deactivated done -> HttpResponse.status(HttpStatus.OK)
                    .body(ActiveBundleJson.of(shop, done.bundle(), done.variants()));
            case DeactivateBundle.Result.NotFound notFound -> Problems.activeBundleNotFound(shop, bundleKey);
            case DeactivateBundle.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
        };
    }

    /** Which recommendation to make live. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record ActivateRequest(@Nullable String bundleKey) {
    }
}
