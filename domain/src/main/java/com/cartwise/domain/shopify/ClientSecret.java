package com.cartwise.domain.shopify;

import com.cartwise.domain.InvalidInputException;

/**
 * A Shopify app's client secret ("API secret key"): Shopify signs webhooks and OAuth redirects
 * with it, and the OAuth token exchange proves the app by it. Never printed, like a token.
 */
public record ClientSecret(String value) {
    public ClientSecret {
        InvalidInputException.require(value != null && !value.isBlank(), "api_secret_key", "is required");
        InvalidInputException.require(value.length() <= 512 && value.chars().noneMatch(Character::isWhitespace),
                "api_secret_key", "is not an app's API secret key (a single word of at most 512 characters)");
    }

    @Override
    public String toString() {
        return "ClientSecret[hidden]";
    }
}
