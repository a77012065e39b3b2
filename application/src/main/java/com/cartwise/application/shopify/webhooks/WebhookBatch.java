package com.cartwise.application.shopify.webhooks;

import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.ImportStaging;
import com.cartwise.application.port.WebhookPayloads;
import com.cartwise.application.shopify.WebhookDelivery;
import com.cartwise.application.shopify.WebhookEvent;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportRecord;
import com.cartwise.domain.imports.MergeSummary;
import com.cartwise.domain.imports.RunInventoryRow;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.shop.ShopId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * One batch of a shop's deliveries, read and sorted: the orders, products and stock they carry are
 * merged together as one import (the newest word on each object wins, since Shopify may deliver an
 * order's updates more than once or out of turn); deletions, privacy requests and the uninstall are
 * kept for after the merge, in the order they came.
 */
final class WebhookBatch {
    /** The batch's three "files", always all three so that their numbers never shift. */
    static final List<File> FILES = List.of(
            new File("webhooks: products", UploadFormat.SHOPIFY_PRODUCTS),
            new File("webhooks: stock", UploadFormat.RUN_INVENTORY_LEVELS),
            new File("webhooks: orders", UploadFormat.SHOPIFY_ORDERS));
    static final int PRODUCTS = 0;
    static final int STOCK = 1;
    static final int ORDERS = 2;

    private final Map<Long, WebhookEvent.ProductChanged> products = new LinkedHashMap<>();
    private final Map<List<Long>, WebhookEvent.StockChanged> stock = new LinkedHashMap<>();
    private final Map<String, WebhookEvent.OrderChanged> orders = new LinkedHashMap<>();
    private final Map<Object, Long> lines = new LinkedHashMap<>();
    private final List<WebhookEvent> afterMerge = new ArrayList<>();

    record File(String name, UploadFormat format) {
    }

    /**
     * Reads every delivery; one that cannot be read is counted as refused and noted, never retried
     * forever. Data topics of a shop no longer connected are left out.
     */
    static WebhookBatch read(List<WebhookDelivery> deliveries, WebhookPayloads payloads, boolean connected, WebhookTally tally) {
        WebhookBatch batch = new WebhookBatch();
        long ordinal = 0;
        for (WebhookDelivery delivery : deliveries) {
            ordinal++;
            tally.delivered(delivery.topic());
            try {
                batch.add(payloads.read(delivery.topic(), delivery.payload(), fileOf(delivery), ordinal), ordinal, connected);
            } catch (InvalidInputException e) {
                tally.refused(fileOf(delivery), 1);
                tally.note("a " + delivery.topic().header() + " delivery (" + delivery.webhookId() + ") could not be read: "
                        + e.getMessage());
            }
        }
        return batch;
    }

    private static int fileOf(WebhookDelivery delivery) {
        return switch (delivery.topic()) {
            case PRODUCTS_CREATE, PRODUCTS_UPDATE, PRODUCTS_DELETE -> PRODUCTS;
            case INVENTORY_LEVELS_UPDATE -> STOCK;
            default -> ORDERS;
        };
    }

    private void add(WebhookEvent event, long ordinal, boolean connected) {
        switch (event) {
            case WebhookEvent.OrderChanged order -> {
                if (connected) {
                    orders.remove(order.order().name());
                    orders.put(order.order().name(), order);
                }
            }
            case WebhookEvent.ProductChanged product -> {
                if (connected) {
                    products.remove(product.shopifyProductId());
                    products.put(product.shopifyProductId(), product);
                }
            }
            case WebhookEvent.StockChanged level -> {
                if (connected) {
                    List<Long> key = List.of(level.inventoryItemId(), level.locationId());
                    stock.remove(key);
                    stock.put(key, level);
                    lines.put(key, ordinal);
                }
            }
            case WebhookEvent.ProductDeleted deleted -> afterMerge.add(deleted);
            case WebhookEvent.AppUninstalled uninstalled -> afterMerge.add(uninstalled);
            case WebhookEvent.CustomerDataRequested request -> afterMerge.add(request);
            case WebhookEvent.CustomerRedactRequested request -> afterMerge.add(request);
            case WebhookEvent.ShopRedactRequested request -> afterMerge.add(request);
        }
    }

    boolean hasRecords() {
        return !products.isEmpty() || !stock.isEmpty() || !orders.isEmpty();
    }

    List<WebhookEvent> afterMerge() {
        return afterMerge;
    }

    /**
     * Merges the batch's records as one lenient import. Stock needs its locations' names (webhooks
     * give ids), which {@code locationNames} answers; a level whose location has no name is left out.
     */
    Optional<MergeSummary> merge(ImportStaging staging, ShopId shop, JobId job, LongFunction<Optional<String>> locationNames,
                                 WebhookTally tally) {
        if (!hasRecords()) {
            return Optional.empty();
        }
        try (ImportStaging.Stage stage = staging.open(shop, job)) {
            products.values().forEach(p -> p.variants().forEach(v -> add(stage, tally, PRODUCTS, v)));
            stock.forEach((key, level) -> locationNames.apply(level.locationId()).ifPresentOrElse(
                    location -> add(stage, tally, STOCK, new RunInventoryRow(new SourceRow(STOCK, lines.get(key)),
                            level.inventoryItemId(), location, level.available())),
                    () -> tally.note("the stock of inventory item " + level.inventoryItemId() + " at location " + level.locationId()
                            + " was left out: the location could not be looked up")));
            orders.values().forEach(o -> add(stage, tally, ORDERS, o.order()));
            for (int file = 0; file < FILES.size(); file++) {
                stage.fileRead(file, FILES.get(file).name(), FILES.get(file).format(), FileFacts.plain(List.of()));
            }
            stage.load();
            tally.refusedByChecks(stage.check(true, Integer.MAX_VALUE));
            return Optional.of(stage.merge());
        }
    }

    private static void add(ImportStaging.Stage stage, WebhookTally tally, int file, ImportRecord record) {
        stage.add(record);
        tally.staged(file, record.rows());
    }
}
