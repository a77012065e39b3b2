package com.cartwise.domain.shopify;

import com.cartwise.domain.InvalidInputException;

/**
 * An Admin API access token: whoever holds it may read the shop's orders and customers. It never
 * prints (a record would print it in every log line that names the connection); only the adapter
 * that sends it to Shopify and the one that seals it for storage read {@link #value()}.
 */
public record AccessToken(String value) {
    public AccessToken {
        InvalidInputException.require(value != null && !value.isBlank(), "access_token", "is required");
        InvalidInputException.require(value.length() <= 512 && value.chars().noneMatch(Character::isWhitespace),
                "access_token", "is not an Admin API access token (a single word of at most 512 characters, such as shpat_...)");
    }

    @Override
    public String toString() {
        return "AccessToken[hidden]";
    }
}
