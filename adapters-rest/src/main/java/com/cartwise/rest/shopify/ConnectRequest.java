package com.cartwise.rest.shopify;

import com.cartwise.application.shopify.connect.ConnectShopify;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.domain.shopify.AccessToken;
import com.cartwise.domain.shopify.ClientSecret;
import com.cartwise.domain.shopify.ShopDomain;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.Optional;

/**
 * POST .../shopify/connection: {"shop_domain", "access_token", "api_secret_key", "sync", "orders_since"}.
 * The token and secret are write-only: no answer ever contains them.
 *
 * @param apiSecretKey the custom app's API secret key, with which Shopify signs its webhooks
 * @param sync start the historical sync at once (default true)
 * @param ordersSince leave out orders created before this date (2024-01-01) or instant
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record ConnectRequest(@Nullable String shopDomain, @Nullable String accessToken, @Nullable String apiSecretKey,
                             @Nullable Boolean sync, @Nullable String ordersSince) {

    ConnectShopify.Command toCommand(ShopId shop) {
        InvalidInputException.require(accessToken != null, "access_token", "is required: the custom app's Admin API access token");
        return new ConnectShopify.Command(shop, ShopDomain.of(shopDomain), new AccessToken(accessToken),
                Optional.ofNullable(apiSecretKey).filter(s -> !s.isBlank()).map(ClientSecret::new), sync == null || sync,
                Dates.since("orders_since", ordersSince));
    }

    @Override
    public String toString() {
        return "ConnectRequest[" + shopDomain + "]";
    }
}
