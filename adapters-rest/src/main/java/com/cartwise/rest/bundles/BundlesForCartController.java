package com.cartwise.rest.bundles;

import com.cartwise.rest.problem.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import com.cartwise.application.bundles.cart.FindBundlesForCart;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;

/**
 * The REST twin of the gRPC ListBundlesForCart, for POS extensions that can only fetch over HTTPS.
 * Answered on the event loop when the shop's active bundles are in memory; a request that needs the
 * database (the first for a shop, or after the refresh interval) goes to the blocking pool.
 */
@Controller("/api/v1/shops/{shopId}/bundles-for-cart")
@ApiResponse(responseCode = "4XX", description = "A problem (RFC 9457) whose type is a stable URN",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class BundlesForCartController {
    private final FindBundlesForCart findBundlesForCart;
    private final ExecutorService blocking;

    public BundlesForCartController(FindBundlesForCart findBundlesForCart, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.findBundlesForCart = findBundlesForCart;
        this.blocking = blocking;
    }

    /** 200 with the bundles holding some of the cart (none when no active bundle does); 404 for an unknown shop. */
    @Post
    public CompletionStage<HttpResponse<?>> bundlesForCart(String shopId, @Nullable @Body CartBundlesRequest body) {
        CartBundlesRequest request = body == null ? new CartBundlesRequest(null, null) : body;
        FindBundlesForCart.Command command = request.toCommand(ShopId.of(shopId));
        Optional<FindBundlesForCart.Result> fromMemory = findBundlesForCart.executeIfServed(command);
        if (fromMemory.isPresent()) {
            return CompletableFuture.completedFuture(answer(fromMemory.get()));
        }
        return CompletableFuture.supplyAsync(() -> answer(findBundlesForCart.execute(command)), blocking);
    }

    private static HttpResponse<?> answer(FindBundlesForCart.Result result) {
        return switch (result) {
            case FindBundlesForCart.Result.Found found -> HttpResponse.ok(CartBundlesResponse.of(found));
            case FindBundlesForCart.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
        };
    }
}
