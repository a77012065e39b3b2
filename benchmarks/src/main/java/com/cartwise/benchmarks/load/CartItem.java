package com.cartwise.benchmarks.load;

/**
 * One cart item as the load tool sends it: exactly one of the keys a request may name a variant by,
 * spelled as the proto and the REST JSON spell them.
 */
public record CartItem(Kind kind, String value) {

    public enum Kind {
        SKU("sku"), SHOPIFY_VARIANT_ID("shopify_variant_id"), VARIANT_ID("variant_id");

        final String field;

        Kind(String field) {
            this.field = field;
        }
    }

    public CartItem {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a cart item needs a " + kind.field);
        }
        if (kind != Kind.SKU) {
            try {
                if (Long.parseLong(value) <= 0) {
                    throw new IllegalArgumentException(kind.field + " must be positive, but was " + value);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(kind.field + " must be a number, but was '" + value + "'");
            }
        }
    }

    /** "sku=ABC-1", "shopify_variant_id=123", "variant_id=5", or a bare SKU. */
    static CartItem parse(String text) {
        String item = text.strip();
        for (Kind kind : Kind.values()) {
            if (item.startsWith(kind.field + "=")) {
                return new CartItem(kind, item.substring(kind.field.length() + 1).strip());
            }
        }
        return new CartItem(Kind.SKU, item);
    }
}
