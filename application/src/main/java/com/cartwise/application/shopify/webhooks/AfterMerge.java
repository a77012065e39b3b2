package com.cartwise.application.shopify.webhooks;

import com.cartwise.application.port.CatalogRemovals;
import com.cartwise.application.port.PersonalData;
import com.cartwise.application.port.ShopifyAdmin;
import com.cartwise.application.port.ShopifyConnections;
import com.cartwise.application.port.ShopifySyncLog;
import com.cartwise.application.recommend.ServingModels;
import com.cartwise.application.shopify.ConnectionError;
import com.cartwise.application.shopify.ConnectionState;
import com.cartwise.application.shopify.ShopifyAccess;
import com.cartwise.application.shopify.ShopifyFailure;
import com.cartwise.application.shopify.WebhookEvent;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * What a batch's deliveries ask beyond new data, done after its merge and in the order they came:
 * deleted products are archived, privacy requests answered and carried out, an uninstall ends the
 * connection. The job's notes say what was done, without any personal data.
 */
final class AfterMerge {
    private final CatalogRemovals removals;
    private final PersonalData personal;
    private final ShopifyConnections connections;
    private final ShopifyAdmin admin;
    private final ShopifySyncLog log;
    private final ServingModels servingModels;
    private final Clock clock;

    AfterMerge(CatalogRemovals removals, PersonalData personal, ShopifyConnections connections, ShopifyAdmin admin,
               ShopifySyncLog log, ServingModels servingModels, Clock clock) {
        this.removals = removals;
        this.personal = personal;
        this.connections = connections;
        this.admin = admin;
        this.log = log;
        this.servingModels = servingModels;
        this.clock = clock;
    }

    void apply(ShopId shop, WebhookEvent event, Optional<ShopifyAccess> access, WebhookTally tally) {
        switch (event) {
            case WebhookEvent.ProductDeleted deleted -> {
                if (access.isPresent() && removals.archiveProduct(shop, deleted.shopifyProductId()) > 0) {
                    servingModels.evict(shop);
                    tally.note("product " + deleted.shopifyProductId() + " was deleted in Shopify: archived");
                }
            }
            case WebhookEvent.CustomerDataRequested request -> {
                PersonalData.Held held = personal.held(shop, request.customer(), request.shopifyOrderIds());
                tally.note(String.format(Locale.ROOT, "customers/data_request: Cartwise holds %s and the customer on %d order%s%s",
                        held.customerRecord() ? "a customer record (e-mail, name, tags, spend)" : "no customer record",
                        held.orderNames().size(), held.orderNames().size() == 1 ? "" : "s",
                        held.orderNames().isEmpty() ? "" : " (" + String.join(", ", held.orderNames()) + ")"));
            }
            case WebhookEvent.CustomerRedactRequested request -> {
                PersonalData.Erased erased = personal.eraseCustomer(shop, request.customer(), request.shopifyOrderIds());
                tally.note(String.format(Locale.ROOT, "customers/redact: erased %d customer record%s and the customer of %d order%s",
                        erased.customers(), erased.customers() == 1 ? "" : "s", erased.orders(), erased.orders() == 1 ? "" : "s"));
            }
            case WebhookEvent.ShopRedactRequested request -> {
                PersonalData.Erased erased = personal.eraseShop(shop);
                tally.note(String.format(Locale.ROOT, "shop/redact: erased %d customer records, the customer of %d orders and %d"
                        + " stored webhook payloads", erased.customers(), erased.orders(), erased.payloads()));
            }
            case WebhookEvent.AppUninstalled uninstalled -> uninstalled(shop, access, tally);
            case WebhookEvent.OrderChanged ignored -> throw new IllegalArgumentException("orders are merged, not applied after");
            case WebhookEvent.ProductChanged ignored -> throw new IllegalArgumentException("products are merged, not applied after");
            case WebhookEvent.StockChanged ignored -> throw new IllegalArgumentException("stock is merged, not applied after");
        }
    }

    /**
     * Shopify sends app/uninstalled once the token is revoked. A token that still works means the
     * delivery is not what it says (a replayed body: only the body is signed), so it is ignored.
     */
    private void uninstalled(ShopId shop, Optional<ShopifyAccess> access, WebhookTally tally) {
        if (access.isEmpty()) {
            tally.note("app/uninstalled: the shop was not connected");
            return;
        }
        try {
            admin.shop(access.get());
            log.error(shop, new ConnectionError(clock.instant(), "webhooks",
                    "app/uninstalled arrived, but the shop's token still works: the delivery was ignored"));
            tally.note("app/uninstalled ignored: the shop's token still works");
            return;
        } catch (ShopifyFailure e) {
            if (e.kind() != ShopifyFailure.Kind.UNAUTHORIZED) {
                log.error(shop, new ConnectionError(clock.instant(), "webhooks",
                        "app/uninstalled arrived while Shopify could not be asked; the shop is disconnected: " + e.getMessage()));
            }
        }
        connections.end(shop, ConnectionState.UNINSTALLED, clock.instant());
        tally.note("app/uninstalled: the shop is disconnected and its token erased");
    }
}
