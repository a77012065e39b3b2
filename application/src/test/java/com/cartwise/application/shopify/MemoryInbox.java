package com.cartwise.application.shopify;

import com.cartwise.application.fakes.InMemoryJobs;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.port.WebhookInbox;
import com.cartwise.domain.shop.ShopId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link WebhookInbox} in memory: deliveries by shop and webhook id, in the order they came. */
final class MemoryInbox implements WebhookInbox {
    private final InMemoryJobs jobs;
    private final Map<String, WebhookDelivery> deliveries = new LinkedHashMap<>();
    private final Map<String, Boolean> processed = new LinkedHashMap<>();

    MemoryInbox(InMemoryJobs jobs) {
        this.jobs = jobs;
    }

    private static String key(ShopId shop, String id) {
        return shop + " " + id;
    }

    @Override
    public synchronized boolean keep(ShopId shop, WebhookDelivery delivery) {
        return deliveries.putIfAbsent(key(shop, delivery.webhookId()), delivery) == null;
    }

    @Override
    public synchronized boolean readerWaiting(ShopId shop) {
        return jobs.list(shop, 1000, Optional.empty()).stream()
                .anyMatch(j -> j.kind() == JobKind.SHOPIFY_WEBHOOKS && j.state() == JobState.QUEUED);
    }

    @Override
    public synchronized Claim claim(ShopId shop, JobId job, int limit, Instant now, Duration hold) {
        return new Claim(deliveries.entrySet().stream().filter(e -> e.getKey().startsWith(shop + " ") && !processed.containsKey(e.getKey()))
                .limit(limit).map(Map.Entry::getValue).toList(), false);
    }

    @Override
    public synchronized void processed(ShopId shop, Collection<String> webhookIds, Instant at) {
        webhookIds.forEach(id -> processed.put(key(shop, id), true));
    }

    @Override
    public synchronized long unprocessed(ShopId shop) {
        return deliveries.keySet().stream().filter(k -> k.startsWith(shop + " ") && !processed.containsKey(k)).count();
    }

    @Override
    public synchronized List<ShopId> shopsWaiting(Instant receivedBefore) {
        return List.of();
    }

    @Override
    public synchronized long forget(Instant receivedBefore) {
        return 0;
    }

    synchronized List<WebhookDelivery> all() {
        return List.copyOf(deliveries.values());
    }
}
