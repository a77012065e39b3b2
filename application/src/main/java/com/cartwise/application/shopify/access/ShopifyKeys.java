package com.cartwise.application.shopify.access;

import com.cartwise.application.port.SecretBox;
import com.cartwise.application.port.ShopifyConnections;
import com.cartwise.application.shopify.ShopifyAccess;
import com.cartwise.application.shopify.ShopifyConnection;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.domain.shopify.AccessToken;
import com.cartwise.domain.shopify.ClientSecret;
import java.util.Optional;

/**
 * Opens what a connection keeps sealed: the shop's access token (only while it is connected) and
 * the secret its own custom app signs webhooks with. The one place secrets come out of storage.
 */
public final class ShopifyKeys {
    private final ShopifyConnections connections;
    private final SecretBox secrets;

    public ShopifyKeys(ShopifyConnections connections, SecretBox secrets) {
        this.connections = connections;
        this.secrets = secrets;
    }

    /** How to call the shop's Admin API; empty when it is not connected. */
    public Optional<ShopifyAccess> access(ShopId shop) {
        return connections.find(shop).filter(ShopifyConnection::connected).flatMap(connection -> connections.sealedToken(shop)
                .map(sealed -> new ShopifyAccess(connection.domain(), new AccessToken(secrets.open(sealed)))));
    }

    /** The secret of the shop's own custom app, when its webhooks are signed with one. */
    public Optional<ClientSecret> webhookSecret(ShopId shop) {
        return connections.sealedWebhookSecret(shop).map(sealed -> new ClientSecret(secrets.open(sealed)));
    }
}
