package com.cartwise.application.shopify.connect;

import com.cartwise.application.port.ShopifyConnections;
import com.cartwise.application.port.ShopifySyncLog;
import com.cartwise.application.port.Shops;
import com.cartwise.application.port.WebhookInbox;
import com.cartwise.application.shopify.ShopifyConnection;
import com.cartwise.application.shopify.SyncRecord;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The merchant looks at their shop's link to Shopify: last sync, next one, webhooks, errors, what the shop holds. */
public final class ReadShopifyStatus {
    private final Shops shops;
    private final ShopifyConnections connections;
    private final ShopifySyncLog log;
    private final WebhookInbox inbox;
    private final Duration syncInterval;
    private final Clock clock;

    /** @param syncInterval how often connected shops get an incremental sync; zero when never */
    public ReadShopifyStatus(Shops shops, ShopifyConnections connections, ShopifySyncLog log, WebhookInbox inbox,
                             Duration syncInterval, Clock clock) {
        this.shops = shops;
        this.connections = connections;
        this.log = log;
        this.inbox = inbox;
        this.syncInterval = syncInterval;
        this.clock = clock;
    }

    public Result execute(ShopId shop) {
        if (shops.find(shop).isEmpty()) {
            return new Result.ShopNotFound(shop);
        }
        Optional<ShopifyConnection> connection = connections.find(shop);
        if (connection.isEmpty()) {
            return new Result.NeverConnected(shop);
        }
        Optional<SyncRecord> lastSync = log.lastSync(shop);
        return new Result.Found(new ShopifyStatus(connection.get(), lastSync, log.cursor(shop),
                nextSync(connection.get(), lastSync), log.lastWebhook(shop), inbox.unprocessed(shop), log.holdings(shop),
                log.errors(shop)));
    }

    private Optional<Instant> nextSync(ShopifyConnection connection, Optional<SyncRecord> lastSync) {
        if (!connection.connected() || syncInterval.isZero()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant due = lastSync.map(s -> s.finishedAt().plus(syncInterval)).orElse(now);
        return Optional.of(due.isBefore(now) ? now : due);
    }

    public sealed interface Result {
        record Found(ShopifyStatus status) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }

        record NeverConnected(ShopId shop) implements Result {
        }
    }
}
