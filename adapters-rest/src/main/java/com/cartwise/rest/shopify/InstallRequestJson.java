package com.cartwise.rest.shopify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** POST .../shopify/installs: {"shop_domain"}; answered with the address to send the merchant to. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record InstallRequestJson(@Nullable String shopDomain) {

    /** The answer: where the merchant approves the app. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Started(String authorizationUrl) {
    }
}
