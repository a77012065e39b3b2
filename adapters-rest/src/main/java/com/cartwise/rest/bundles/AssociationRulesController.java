package com.cartwise.rest.bundles;

import com.cartwise.rest.problem.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import static com.cartwise.rest.bundles.BundleRecommendationsController.present;

import com.cartwise.application.bundles.RuleQuery;
import com.cartwise.application.bundles.rules.ListAssociationRules;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.OptionalLong;

/** The association rules of a shop's latest generation. */
@Controller("/api/v1/shops/{shopId}/association-rules")
@ApiResponse(responseCode = "4XX", description = "A problem (RFC 9457) whose type is a stable URN",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ExecuteOn(TaskExecutors.BLOCKING)
public class AssociationRulesController {
    private final ListAssociationRules list;

    public AssociationRulesController(ListAssociationRules list) {
        this.list = list;
    }

    /**
     * @param variantId only the rules holding this variant, on either side
     * @param sort      lift (the default) or confidence, strongest first
     * @param limit     at most this many, 1-500 (default 50)
     * @param cursor    the {@code next_cursor} of the previous page
     */
    @Get
    public HttpResponse<?> list(String shopId, @Nullable @QueryValue("variant_id") Long variantId, @Nullable @QueryValue String sort,
                                @Nullable @QueryValue Integer limit, @Nullable @QueryValue String cursor) {
        ShopId shop = ShopId.of(shopId);
        RuleQuery query = new RuleQuery(shop, variantId == null ? OptionalLong.empty() : OptionalLong.of(variantId),
                present(sort).map(RuleQuery.Order::fromWireName).orElse(RuleQuery.Order.LIFT),
                limit == null ? RuleQuery.DEFAULT_LIMIT : limit, present(cursor).map(RuleQuery.After::parse));
        return switch (list.execute(query)) {
            case ListAssociationRules.Result.Listed listed -> HttpResponse.ok(RuleJson.page(listed.rules(), listed.variants(), query));
            case ListAssociationRules.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
        };
    }
}
