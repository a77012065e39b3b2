package com.cartwise.domain.shop;

import com.cartwise.domain.InvalidInputException;
import java.util.regex.Pattern;

/**
 * A shop's id, chosen by whoever creates the shop: typically its myshopify domain
 * ({@code rieker-shoes.myshopify.com}) or a short slug ({@code demo}). Lower case so that the
 * same shop can never exist twice under two spellings.
 */
public record ShopId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");

    public ShopId {
        InvalidInputException.require(value != null && !value.isBlank(), "shop_id", "is required");
        InvalidInputException.require(FORMAT.matcher(value).matches(), "shop_id",
                "must be 1-100 characters of a-z, 0-9, '.' and '-', starting with a letter or digit, but was '" + value + "'");
    }

    public static ShopId of(String value) {
        return new ShopId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
