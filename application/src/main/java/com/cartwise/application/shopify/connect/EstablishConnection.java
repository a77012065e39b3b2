package com.cartwise.application.shopify.connect;

import com.cartwise.application.port.SecretBox;
import com.cartwise.application.port.ShopifyAdmin;
import com.cartwise.application.port.ShopifyConnections;
import com.cartwise.application.port.ShopifySyncLog;
import com.cartwise.application.shopify.ConnectionError;
import com.cartwise.application.shopify.InstallMethod;
import com.cartwise.application.shopify.ShopifyAccess;
import com.cartwise.application.shopify.ShopifyConnection;
import com.cartwise.application.shopify.ShopifyFailure;
import com.cartwise.application.shopify.SyncMode;
import com.cartwise.application.shopify.sync.StartShopifySync;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.domain.shopify.ClientSecret;
import com.cartwise.domain.shopify.WebhookTopic;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What connecting a shop does once its token is known to work, however the token came (pasted or
 * by OAuth): stores the connection with its secrets sealed, subscribes the shop's webhooks to
 * Cartwise (when Cartwise knows its public address), and starts the historical sync.
 */
public final class EstablishConnection {
    private final ShopifyConnections connections;
    private final SecretBox secrets;
    private final ShopifyAdmin admin;
    private final ShopifySyncLog log;
    private final StartShopifySync startSync;
    private final Optional<URI> webhookCallback;
    private final Clock clock;

    /** @param webhookCallback the public address of Cartwise's webhook endpoint; empty when webhooks are declared elsewhere */
    public EstablishConnection(ShopifyConnections connections, SecretBox secrets, ShopifyAdmin admin, ShopifySyncLog log,
                               StartShopifySync startSync, Optional<URI> webhookCallback, Clock clock) {
        this.connections = connections;
        this.secrets = secrets;
        this.admin = admin;
        this.log = log;
        this.startSync = startSync;
        this.webhookCallback = webhookCallback;
        this.clock = clock;
    }

    public Outcome establish(ShopId shop, ShopifyAccess access, InstallMethod method, Set<String> scopes,
                             Optional<ClientSecret> ownWebhookSecret, boolean sync, Optional<Instant> ordersCreatedSince) {
        ShopifyConnections.Saved saved = connections.connect(new ShopifyConnections.NewConnection(shop, access.domain(), method,
                scopes, secrets.seal(access.token().value()), ownWebhookSecret.map(s -> secrets.seal(s.value())), clock.instant()));
        return switch (saved) {
            case ShopifyConnections.Saved.DomainTaken taken -> new Outcome.DomainTaken(taken.owner());
            case ShopifyConnections.Saved.Connected connected -> new Outcome.Established(connected.connection(),
                    subscribe(shop, access),
                    sync ? Optional.of(startSync.execute(new StartShopifySync.Command(shop, SyncMode.HISTORICAL, ordersCreatedSince)))
                            : Optional.empty());
        };
    }

    /** A subscription Shopify refuses does not undo the connection: it is shown in the status, and syncs still catch up. */
    private Set<WebhookTopic> subscribe(ShopId shop, ShopifyAccess access) {
        if (webhookCallback.isEmpty()) {
            return Set.of();
        }
        try {
            return admin.subscribe(access, webhookCallback.get(), WebhookTopic.subscribableTopics());
        } catch (ShopifyFailure e) {
            log.error(shop, new ConnectionError(clock.instant(), "subscription", e.getMessage()));
            return Set.of();
        }
    }

    public sealed interface Outcome {
        /** @param subscribed the webhook topics Shopify now sends to Cartwise for this shop */
        record Established(ShopifyConnection connection, Set<WebhookTopic> subscribed,
                           Optional<StartShopifySync.Result> sync) implements Outcome {
        }

        record DomainTaken(ShopId owner) implements Outcome {
        }
    }
}
