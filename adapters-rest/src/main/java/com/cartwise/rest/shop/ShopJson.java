package com.cartwise.rest.shop;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.Currency;

/** A shop as the API shows it and as POST /api/v1/shops takes it: {"shop_id", "name", "currency"}. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ShopJson(@Nullable String shopId, @Nullable String name, @Nullable String currency) {

    static ShopJson of(Shop shop) {
        return new ShopJson(shop.id().value(), shop.name(), shop.currency().getCurrencyCode());
    }

    /** @throws InvalidInputException naming the first field to fix */
    Shop toShop() {
        return new Shop(new ShopId(shopId), name, parsedCurrency());
    }

    private Currency parsedCurrency() {
        InvalidInputException.require(currency != null && !currency.isBlank(), "currency", "is required, e.g. EUR");
        try {
            return Currency.getInstance(currency.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", "must be an ISO 4217 code such as EUR, but was '" + currency + "'");
        }
    }
}
