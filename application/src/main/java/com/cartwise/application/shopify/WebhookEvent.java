package com.cartwise.application.shopify;

import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.VariantRow;
import java.util.List;

/** What a webhook tells, read from its payload. */
public sealed interface WebhookEvent {

    /** orders/create, orders/updated, orders/cancelled: the order as it is now. */
    record OrderChanged(long shopifyOrderId, OrderRecord order) implements WebhookEvent {
    }

    /** products/create, products/update: the product with every variant as it is now. */
    record ProductChanged(long shopifyProductId, List<VariantRow> variants) implements WebhookEvent {
        public ProductChanged {
            variants = List.copyOf(variants);
        }
    }

    record ProductDeleted(long shopifyProductId) implements WebhookEvent {
    }

    /** inventory_levels/update: what is available of an item at a location (Shopify names both by id). */
    record StockChanged(long inventoryItemId, long locationId, int available) implements WebhookEvent {
    }

    record AppUninstalled() implements WebhookEvent {
    }

    record CustomerDataRequested(CustomerReference customer, List<Long> shopifyOrderIds) implements WebhookEvent {
        public CustomerDataRequested {
            shopifyOrderIds = List.copyOf(shopifyOrderIds);
        }
    }

    record CustomerRedactRequested(CustomerReference customer, List<Long> shopifyOrderIds) implements WebhookEvent {
        public CustomerRedactRequested {
            shopifyOrderIds = List.copyOf(shopifyOrderIds);
        }
    }

    record ShopRedactRequested() implements WebhookEvent {
    }
}
