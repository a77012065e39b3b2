package com.cartwise.shopify;

/**
 * Shopify's ids as the GraphQL API writes them ({@code gid://shopify/ProductVariant/808950810}) and
 * as the REST payloads of webhooks do (the number alone). Cartwise stores the number.
 */
final class ShopifyIds {
    private ShopifyIds() {
    }

    static long number(String id) {
        String digits = id.substring(id.lastIndexOf('/') + 1);
        int query = digits.indexOf('?');
        if (query >= 0) {
            digits = digits.substring(0, query);
        }
        try {
            long number = Long.parseLong(digits);
            if (number <= 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new Json.NotReadable("id", "'" + id + "' is not a Shopify id");
        }
    }

    static String gid(String type, long number) {
        return "gid://shopify/" + type + "/" + number;
    }
}
