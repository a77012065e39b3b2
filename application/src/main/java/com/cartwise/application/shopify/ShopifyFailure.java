package com.cartwise.application.shopify;

/**
 * Shopify could not give what was asked, for a reason other than throttling (which is waited out).
 * The message is written for the merchant and never holds a token or a secret.
 */
public final class ShopifyFailure extends RuntimeException {
    private final Kind kind;

    public ShopifyFailure(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ShopifyFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public enum Kind {
        /** The token was refused (401/403): revoked, or the app was uninstalled. Reconnect. */
        UNAUTHORIZED("shopify-unauthorized"),
        /** Shopify could not be reached, or kept answering 5xx after every retry. Try again later. */
        UNAVAILABLE("shopify-unavailable"),
        /** Shopify refused the request itself (a GraphQL error, a failed bulk operation). */
        REFUSED("shopify-refused");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The stable code a job's failure carries. */
        public String code() {
            return code;
        }
    }
}
