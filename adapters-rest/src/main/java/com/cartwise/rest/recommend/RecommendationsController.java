package com.cartwise.rest.recommend;

import com.cartwise.rest.problem.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.application.recommend.RecommendForProduct;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * The REST twins of the gRPC RecommendForCart and RecommendForProduct, for POS extensions that can
 * only fetch over HTTPS.
 * <p>
 * Answered on the event loop when the shop's model is in memory, which is nearly always: ranking
 * from memory never waits, and a hop to the blocking pool and back only adds two thread switches
 * to each request. Only a request that needs the database (a shop's first request loads its
 * model; a shop without one is looked up; a product page whose product the model does not know
 * is looked up in the catalogue) goes to the blocking pool.
 */
@Controller("/api/v1/shops/{shopId}/recommendations")
@ApiResponse(responseCode = "4XX", description = "A problem (RFC 9457) whose type is a stable URN",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RecommendationsController {
    private final RecommendForCart recommendForCart;
    private final RecommendForProduct recommendForProduct;
    private final ExecutorService blocking;
    private final AnswerJson answers = new AnswerJson();

    public RecommendationsController(RecommendForCart recommendForCart, RecommendForProduct recommendForProduct,
                                     @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.recommendForCart = recommendForCart;
        this.recommendForProduct = recommendForProduct;
        this.blocking = blocking;
    }

    /** 200 with the recommendations (best sellers for a cart the model does not know, none without a model); 404 for an unknown shop. */
    @ApiResponse(responseCode = "200", description = "The recommendations, best first, with where they come from",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RecommendForCartResponse.class)))
    @Post
    public CompletionStage<HttpResponse<?>> recommend(String shopId, @Nullable @Body RecommendForCartRequest body) {
        RecommendForCartRequest request = body == null ? new RecommendForCartRequest(null, null, null) : body;
        RecommendForCart.Command command = request.toCommand(ShopId.of(shopId));
        Optional<RecommendForCart.Result> fromMemory = recommendForCart.executeIfServed(command);
        if (fromMemory.isPresent()) {
            return CompletableFuture.completedFuture(answer(fromMemory.get()));
        }
        return onBlockingThread(() -> answer(recommendForCart.execute(command)));
    }

    /** Frequently bought together for a product page: 200 as for a cart; 404 for an unknown shop, product or variant. */
    @ApiResponse(responseCode = "200", description = "The recommendations, best first, with where they come from",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RecommendForCartResponse.class)))
    @Post("/product")
    public CompletionStage<HttpResponse<?>> recommendForProduct(String shopId, @Nullable @Body RecommendForProductRequest body) {
        RecommendForProductRequest request = body == null ? new RecommendForProductRequest(null, null, null, null, null, null) : body;
        RecommendForProduct.Command command = request.toCommand(ShopId.of(shopId));
        Optional<RecommendForProduct.Result> fromMemory = recommendForProduct.executeIfServed(command);
        if (fromMemory.isPresent()) {
            return CompletableFuture.completedFuture(answer(fromMemory.get()));
        }
        return onBlockingThread(() -> answer(recommendForProduct.execute(command)));
    }

    private CompletionStage<HttpResponse<?>> onBlockingThread(Supplier<HttpResponse<?>> answer) {
        return CompletableFuture.supplyAsync(answer, blocking);
    }

    private HttpResponse<?> answer(RecommendForCart.Result result) {
        return switch (result) {
            case RecommendForCart.Result.Recommended recommended -> ok(recommended);
            case RecommendForCart.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
        };
    }

    private HttpResponse<?> answer(RecommendForProduct.Result result) {
        return switch (result) {
            case RecommendForCart.Result.Recommended recommended -> ok(recommended);
            case RecommendForCart.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
            case RecommendForProduct.ProductNotFound notFound -> Problems.productNotFound(notFound.describe());
        };
    }

    /** A {@link RecommendForCartResponse}, written by {@link AnswerJson} rather than the serializer. */
    private HttpResponse<?> ok(RecommendForCart.Result.Recommended recommended) {
        return HttpResponse.ok(answers.write(recommended)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
