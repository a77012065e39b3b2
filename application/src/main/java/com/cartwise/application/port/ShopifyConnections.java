package com.cartwise.application.port;

import com.cartwise.application.shopify.ConnectionState;
import com.cartwise.application.shopify.InstallMethod;
import com.cartwise.application.shopify.ShopifyConnection;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.domain.shopify.ShopDomain;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Each shop's link to its Shopify store. Secrets are stored only as {@link SecretBox} sealed them.
 * A Shopify domain belongs to one Cartwise shop at a time, and stays with it after a disconnect.
 */
public interface ShopifyConnections {

    Optional<ShopifyConnection> find(ShopId shop);

    /** The shop a Shopify domain belongs to, connected or not: webhooks name the shop by its domain. */
    Optional<ShopId> shopOf(ShopDomain domain);

    /**
     * Connects the shop (again): its token and, for a custom app, the secret its webhooks are signed
     * with, both sealed. Refused, changing nothing, when another shop holds the domain.
     */
    Saved connect(NewConnection connection);

    /** The sealed token of a connected shop; empty once disconnected. */
    Optional<byte[]> sealedToken(ShopId shop);

    /** The sealed secret of a shop whose webhooks its own custom app signs. */
    Optional<byte[]> sealedWebhookSecret(ShopId shop);

    /** Ends a connected shop's link: the token is erased, the domain stays. False when it was not connected. */
    boolean end(ShopId shop, ConnectionState state, Instant at);

    /** The shops connected now, for the scheduled incremental syncs. */
    List<ShopId> connectedShops();

    record NewConnection(ShopId shop, ShopDomain domain, InstallMethod installedBy, Set<String> scopes, byte[] sealedToken,
                         Optional<byte[]> sealedWebhookSecret, Instant at) {
        public NewConnection {
            if (shop == null || domain == null || installedBy == null || sealedToken == null || at == null) {
                throw new IllegalArgumentException("a new connection has a shop, a domain, a method, a sealed token and a time");
            }
            scopes = Set.copyOf(scopes);
            sealedWebhookSecret = sealedWebhookSecret == null ? Optional.empty() : sealedWebhookSecret;
        }
    }

    sealed interface Saved {
        record Connected(ShopifyConnection connection) implements Saved {
        }

        record DomainTaken(ShopId owner) implements Saved {
        }
    }
}
