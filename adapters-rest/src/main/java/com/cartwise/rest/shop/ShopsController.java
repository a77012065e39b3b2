package com.cartwise.rest.shop;

import com.cartwise.application.shop.CreateShop;
import com.cartwise.application.shop.FindShop;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import com.cartwise.rest.problem.Problem;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;

/** Registering a shop with Cartwise, and looking it up. */
@Controller("/api/v1/shops")
@ApiResponse(responseCode = "4XX", description = "A problem (RFC 9457) whose type is a stable URN",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ExecuteOn(TaskExecutors.BLOCKING)
public class ShopsController {
    private final CreateShop createShop;
    private final FindShop findShop;

    public ShopsController(CreateShop createShop, FindShop findShop) {
        this.createShop = createShop;
        this.findShop = findShop;
    }

    /** 201 with the shop and its Location; 409 when the id is taken. */
    @Post
    public HttpResponse<?> create(@Nullable @Body ShopJson body) {
        Shop shop = (body == null ? new ShopJson(null, null, null) : body).toShop();
        return switch (createShop.execute(shop)) {
            case CreateShop.Result.Created created ->
                    HttpResponse.created(ShopJson.of(created.shop()), URI.create("/api/v1/shops/" + created.shop().id()));
            case CreateShop.Result.AlreadyExists exists -> Problems.shopExists(exists.shop());
        };
    }

    @Get("/{shopId}")
    public HttpResponse<?> find(String shopId) {
        ShopId id = ShopId.of(shopId);
        return findShop.execute(id)
                .<HttpResponse<?>>map(shop -> HttpResponse.ok(ShopJson.of(shop)))
                .orElseGet(() -> Problems.shopNotFound(id));
    }
}
