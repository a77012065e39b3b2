package com.cartwise.application.shopify.sync;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.Jobs;
import com.cartwise.application.port.ShopifyConnections;
import com.cartwise.application.port.ShopifySyncLog;
import com.cartwise.application.port.Shops;
import com.cartwise.application.shopify.ShopifyConnection;
import com.cartwise.application.shopify.SyncMode;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The merchant (or the scheduler) asks for a sync of a connected shop: queues the job. An
 * incremental sync of a shop never synced before reads everything instead, since it has nowhere
 * to start from.
 */
public final class StartShopifySync {
    private final Shops shops;
    private final ShopifyConnections connections;
    private final ShopifySyncLog log;
    private final Jobs jobs;
    private final Optional<Instant> defaultOrdersSince;
    private final Clock clock;

    /** @param defaultOrdersSince orders created before it are not read, unless a sync names its own date */
    public StartShopifySync(Shops shops, ShopifyConnections connections, ShopifySyncLog log, Jobs jobs,
                            Optional<Instant> defaultOrdersSince, Clock clock) {
        this.shops = shops;
        this.connections = connections;
        this.log = log;
        this.jobs = jobs;
        this.defaultOrdersSince = defaultOrdersSince;
        this.clock = clock;
    }

    public record Command(ShopId shop, SyncMode mode, Optional<Instant> ordersCreatedSince) {
        public Command {
            if (shop == null || mode == null) {
                throw new IllegalArgumentException("a sync names its shop and mode");
            }
            ordersCreatedSince = ordersCreatedSince == null ? Optional.empty() : ordersCreatedSince;
        }
    }

    public Result execute(Command command) {
        ShopId shop = command.shop();
        if (shops.find(shop).isEmpty()) {
            return new Result.ShopNotFound(shop);
        }
        if (connections.find(shop).filter(ShopifyConnection::connected).isEmpty()) {
            return new Result.NotConnected(shop);
        }
        SyncMode mode = command.mode() == SyncMode.INCREMENTAL && log.cursor(shop).isEmpty() ? SyncMode.HISTORICAL : command.mode();
        SyncRequest request = new SyncRequest(mode, command.ordersCreatedSince().or(() -> defaultOrdersSince));
        return switch (jobs.enqueue(Job.queued(shop, JobId.random(), request, clock.instant()))) {
            case Jobs.Enqueued.Accepted accepted -> new Result.Started(accepted.job());
            case Jobs.Enqueued.ShopBusy busy -> new Result.ShopBusy(busy.running());
        };
    }

    public sealed interface Result {
        record Started(Job job) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }

        record NotConnected(ShopId shop) implements Result {
        }

        /** Another job that writes the shop's data is queued or running. */
        record ShopBusy(Job running) implements Result {
        }
    }
}
