package com.cartwise.application.shopify;

import com.cartwise.domain.shopify.AccessToken;
import com.cartwise.domain.shopify.ShopDomain;

/** What a call to a shop's Admin API needs: where the shop is, and its token (which never prints). */
public record ShopifyAccess(ShopDomain domain, AccessToken token) {
    public ShopifyAccess {
        if (domain == null || token == null) {
            throw new IllegalArgumentException("an Admin API call needs the shop's domain and its token");
        }
    }
}
