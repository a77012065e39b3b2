package com.cartwise.domain.shopify;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.shop.ShopId;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A shop's permanent Shopify address, {@code rieker-shoes.myshopify.com}: the name Shopify gives a
 * shop in every API call, OAuth redirect and webhook. Only this form is accepted (never a custom
 * domain or a URL), since Cartwise sends the shop's access token there.
 */
public record ShopDomain(String value) {
    /** Shopify's rule for shop names: letters, digits and hyphens, then .myshopify.com. */
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}\\.myshopify\\.com");

    public ShopDomain {
        InvalidInputException.require(value != null && !value.isBlank(), "shop_domain", "is required");
        value = value.strip().toLowerCase(Locale.ROOT);
        InvalidInputException.require(FORMAT.matcher(value).matches(), "shop_domain",
                "must be the shop's myshopify domain, such as my-shop.myshopify.com, but was '" + value + "'");
    }

    public static ShopDomain of(String value) {
        return new ShopDomain(value);
    }

    /** The Cartwise shop a Shopify-initiated install creates: the domain itself, which ShopId accepts. */
    public ShopId shopId() {
        return ShopId.of(value);
    }

    /** The shop's name before .myshopify.com, for a shop created by an install. */
    public String name() {
        return value.substring(0, value.indexOf('.'));
    }

    @Override
    public String toString() {
        return value;
    }
}
