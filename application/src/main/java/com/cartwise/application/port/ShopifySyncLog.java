package com.cartwise.application.port;

import com.cartwise.application.shopify.ConnectionError;
import com.cartwise.application.shopify.SyncRecord;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a connected shop's status shows: its last sync, where the next incremental sync starts,
 * the newest webhook, the newest errors, and what the shop holds now.
 */
public interface ShopifySyncLog {

    void syncEnded(ShopId shop, SyncRecord sync);

    Optional<SyncRecord> lastSync(ShopId shop);

    /** Where the next incremental sync starts reading: what changed at or after this instant. */
    Optional<Instant> cursor(ShopId shop);

    void advanceCursor(ShopId shop, Instant to);

    void webhookReceived(ShopId shop, Instant at);

    Optional<Instant> lastWebhook(ShopId shop);

    /** Keeps the error; only the newest few are kept. */
    void error(ShopId shop, ConnectionError error);

    /** The newest errors first. */
    List<ConnectionError> errors(ShopId shop);

    Holdings holdings(ShopId shop);

    /** What the shop's data holds now, whatever its source. */
    record Holdings(long products, long variants, long orders) {
    }
}
