package com.cartwise.application.shopify.install;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.shopify.ClientSecret;
import java.net.URI;
import java.util.Set;

/**
 * The Shopify app Cartwise installs as, from the Partner Dashboard: its client id and secret, the
 * scopes it asks for, and the address Shopify sends the merchant back to (which must be listed
 * among the app's allowed redirection URLs).
 */
public record ShopifyApp(String clientId, ClientSecret clientSecret, Set<String> scopes, URI redirect) {
    public ShopifyApp {
        InvalidInputException.require(clientId != null && !clientId.isBlank(), "cartwise.shopify.app.client-id", "is required");
        InvalidInputException.require(clientSecret != null, "cartwise.shopify.app.client-secret", "is required");
        InvalidInputException.require(scopes != null && !scopes.isEmpty(), "cartwise.shopify.app.scopes", "names at least one scope");
        InvalidInputException.require(redirect != null && redirect.isAbsolute(), "cartwise.shopify.app.redirect-url",
                "must be the absolute address of /api/v1/shopify/oauth/callback as Shopify reaches it");
        scopes = Set.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "ShopifyApp[" + clientId + "]";
    }
}
