package com.cartwise.application.shopify.connect;

import com.cartwise.application.port.ShopifySyncLog;
import com.cartwise.application.shopify.ConnectionError;
import com.cartwise.application.shopify.ShopifyConnection;
import com.cartwise.application.shopify.SyncRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A shop's link to Shopify as the merchant's dashboard shows it.
 *
 * @param cursor where the next incremental sync starts reading (changes at or after it, less a small overlap)
 * @param nextSync when the scheduler runs the next incremental sync; empty when it runs none
 * @param webhooksWaiting deliveries received and not yet processed
 */
public record ShopifyStatus(ShopifyConnection connection, Optional<SyncRecord> lastSync, Optional<Instant> cursor,
                            Optional<Instant> nextSync, Optional<Instant> lastWebhook, long webhooksWaiting,
                            ShopifySyncLog.Holdings holdings, List<ConnectionError> errors) {
    public ShopifyStatus {
        errors = List.copyOf(errors);
    }
}
