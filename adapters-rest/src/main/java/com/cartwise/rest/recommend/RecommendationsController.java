package com.cartwise.rest.recommend;

import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * The REST twin of the gRPC RecommendForCart, for POS extensions that can only fetch over HTTPS.
 * Off the event loop because a shop's first request may load its model from the database.
 */
@Controller("/api/v1/shops/{shopId}/recommendations")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RecommendationsController {
    private final RecommendForCart recommendForCart;

    public RecommendationsController(RecommendForCart recommendForCart) {
        this.recommendForCart = recommendForCart;
    }

    /** 200 with the recommendations (none when the shop has no model or knows no cart item); 404 for an unknown shop. */
    @Post
    public HttpResponse<?> recommend(String shopId, @Nullable @Body RecommendForCartRequest body) {
        RecommendForCartRequest request = body == null ? new RecommendForCartRequest(null, null) : body;
        RecommendForCart.Command command = request.toCommand(ShopId.of(shopId));
        return switch (recommendForCart.execute(command)) {
            case RecommendForCart.Result.Recommended recommended -> HttpResponse.ok(RecommendForCartResponse.of(recommended));
            case RecommendForCart.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
        };
    }
}
