package com.cartwise.domain.shop;

import com.cartwise.domain.InvalidInputException;

/**
 * A shop's id, chosen by whoever creates the shop: typically its myshopify domain
 * ({@code rieker-shoes.myshopify.com}) or a short slug ({@code demo}). Lower case so that the
 * same shop can never exist twice under two spellings.
 */
public record ShopId(String value) {
    private static final int MAX_LENGTH = 100;

    public ShopId {
        InvalidInputException.require(value != null && !value.isBlank(), "shop_id", "is required");
        // checked on every request: no regex, and the message built only for a bad id
        if (!wellFormed(value)) {
            throw new InvalidInputException("shop_id", "must be 1-100 characters of a-z, 0-9, '.' and '-', starting with a letter"
                    + " or digit, but was '" + value + "'");
        }
    }

    /** 1 to 100 characters of a-z, 0-9, '.' and '-', the first a letter or digit. */
    private static boolean wellFormed(String value) {
        if (value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && (i == 0 || (c != '.' && c != '-'))) {
                return false;
            }
        }
        return true;
    }

    public static ShopId of(String value) {
        return new ShopId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
