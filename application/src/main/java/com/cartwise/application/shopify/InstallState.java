package com.cartwise.application.shopify;

import com.cartwise.domain.shop.ShopId;
import com.cartwise.domain.shopify.ShopDomain;
import java.time.Instant;

/**
 * An OAuth install under way: the nonce sent as {@code state} to Shopify, for which shop.
 *
 * @param createsShop the install began at Shopify (from the app listing): the Cartwise shop is
 *                    created when the install completes, if it does not exist yet
 */
public record InstallState(ShopId shop, String nonce, ShopDomain domain, boolean createsShop, Instant expiresAt) {
    public InstallState {
        if (shop == null || nonce == null || nonce.isBlank() || domain == null || expiresAt == null) {
            throw new IllegalArgumentException("an install state has a shop, a nonce, a domain and an expiry");
        }
    }

    @Override
    public String toString() {
        return "InstallState[" + shop + ", " + domain + "]";
    }
}
