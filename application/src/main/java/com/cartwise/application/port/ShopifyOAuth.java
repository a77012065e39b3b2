package com.cartwise.application.port;

import com.cartwise.domain.shopify.AccessToken;
import com.cartwise.domain.shopify.ClientSecret;
import com.cartwise.domain.shopify.ShopDomain;
import java.net.URI;
import java.util.Set;

/** Shopify's OAuth authorization-code grant, as a public or custom-distribution app installs itself. */
public interface ShopifyOAuth {

    /** Where the merchant's browser goes to approve the app's scopes on their shop. */
    URI authorizationUrl(ShopDomain shop, String clientId, Set<String> scopes, URI redirect, String state);

    /**
     * Exchanges the authorization code of a verified callback for the shop's offline access token.
     *
     * @throws com.cartwise.application.shopify.ShopifyFailure when Shopify refuses the code or cannot be reached
     */
    Grant exchange(ShopDomain shop, String clientId, ClientSecret clientSecret, String code);

    record Grant(AccessToken token, Set<String> scopes) {
        public Grant {
            scopes = Set.copyOf(scopes);
        }
    }
}
