package com.cartwise.domain.shop;

import com.cartwise.domain.InvalidInputException;
import java.util.Currency;

/** A merchant's shop. Its currency prices every variant, since Shopify's products export names none. */
public record Shop(ShopId id, String name, Currency currency) {
    public Shop {
        InvalidInputException.require(id != null, "shop_id", "is required");
        InvalidInputException.require(name != null && !name.isBlank(), "name", "is required");
        InvalidInputException.require(name.length() <= 200, "name", "must be at most 200 characters");
        InvalidInputException.requireNoNul(name, "name");
        InvalidInputException.require(currency != null, "currency", "is required");
    }
}
