package com.cartwise.application.shopify;

import com.cartwise.domain.shop.ShopId;
import com.cartwise.domain.shopify.ShopDomain;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A shop's link to its Shopify store, without its secrets (they are read apart, sealed).
 *
 * @param scopes the access scopes the token was granted
 * @param ownWebhookSecret whether webhooks are checked with a secret of this shop's own (a custom
 *                         app's) rather than the Cartwise app's
 * @param endedAt when it was disconnected or uninstalled
 */
public record ShopifyConnection(ShopId shop, ShopDomain domain, ConnectionState state, InstallMethod installedBy,
                                Set<String> scopes, boolean ownWebhookSecret, Instant connectedAt, Optional<Instant> endedAt) {
    public ShopifyConnection {
        if (shop == null || domain == null || state == null || installedBy == null || connectedAt == null) {
            throw new IllegalArgumentException("a connection has a shop, a domain, a state, a method and a time");
        }
        scopes = Set.copyOf(scopes);
        endedAt = endedAt == null ? Optional.empty() : endedAt;
    }

    public boolean connected() {
        return state == ConnectionState.CONNECTED;
    }
}
