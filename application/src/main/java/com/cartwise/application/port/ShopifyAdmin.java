package com.cartwise.application.port;

import com.cartwise.application.shopify.ShopifyAccess;
import com.cartwise.application.shopify.ShopifyFailure;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRecord;
import com.cartwise.domain.shopify.WebhookTopic;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * A connected shop's catalogue, stock and orders as Shopify's Admin API gives them, turned into
 * the import pipeline's records, so that a sync is staged and merged exactly as an export is.
 * Everything is streamed: records reach the {@link Feed} as they are read, never all at once.
 * Throttling (query cost, 429) is waited out inside, never answered as a failure; every other
 * failure is a {@link ShopifyFailure}, whose message is safe to show and never holds the token.
 */
public interface ShopifyAdmin {

    /** Who the shop is and what the token may read; also proves the token works. */
    ShopDetails shop(ShopifyAccess access);

    /** How many products and orders a sync will read, for its progress. */
    Totals count(ShopifyAccess access, Window window);

    /** Every variant of the window's products, as {@code VariantRow}s, in file {@code file}. */
    void readCatalogue(ShopifyAccess access, Window window, int file, Feed feed);

    /** Stock by location of every inventory item, as {@code InventoryLevelRow}s: a historical sync only. */
    void readStock(ShopifyAccess access, int file, Feed feed);

    /** The window's orders with their lines, cancelled and refunded state, as {@code OrderRecord}s. */
    void readOrders(ShopifyAccess access, Window window, int file, Feed feed);

    /** The name of a location (webhooks name it by id, stock is kept by name as the exports keep it). */
    Optional<String> locationName(ShopifyAccess access, long locationId);

    /**
     * Subscribes the shop's webhooks to {@code callback}; a topic already subscribed there stays as
     * it is. Answers the topics subscribed.
     */
    Set<WebhookTopic> subscribe(ShopifyAccess access, URI callback, Collection<WebhookTopic> topics);

    /** What to read: everything (a bulk operation), or what changed since a cursor (paginated queries). */
    sealed interface Window {
        /** Orders created before {@code ordersCreatedSince} are left out of both kinds of window. */
        Optional<Instant> ordersCreatedSince();

        record Everything(Optional<Instant> ordersCreatedSince) implements Window {
            public Everything {
                ordersCreatedSince = ordersCreatedSince == null ? Optional.empty() : ordersCreatedSince;
            }
        }

        record UpdatedSince(Instant since, Optional<Instant> ordersCreatedSince) implements Window {
            public UpdatedSince {
                if (since == null) {
                    throw new IllegalArgumentException("an incremental window starts somewhere");
                }
                ordersCreatedSince = ordersCreatedSince == null ? Optional.empty() : ordersCreatedSince;
            }
        }
    }

    /** Where what is read goes, and how a long wait stays visible and cancellable. */
    interface Feed {
        void record(ImportRecord record);

        /** An object Shopify gave that cannot be a record (a negative price, say): reported, not imported. */
        void refuse(ImportProblem problem);

        /**
         * Where the reading stands, called at least every few seconds, waits included; may throw to
         * stop (a cancel). {@code objects} counts the top-level objects (products, inventory items,
         * orders) Shopify has gone through (preparing) or Cartwise has read (reading).
         */
        void progress(Step step, long objects);

        enum Step {
            /** Shopify runs the bulk operation; the result is not there yet. */
            PREPARING,
            /** The rate limit is being waited out (query cost, or 429 with Retry-After). */
            THROTTLED,
            READING
        }
    }

    /** @param scopes the access scopes the token was granted ({@code read_orders} ...) */
    record ShopDetails(String name, String currencyCode, Set<String> scopes) {
        public ShopDetails {
            scopes = Set.copyOf(scopes);
        }
    }

    /** What the shop holds, as counted before a sync, for its progress. */
    record Totals(long products, long variants, long orders) {
    }
}
