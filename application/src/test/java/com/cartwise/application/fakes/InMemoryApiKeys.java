package com.cartwise.application.fakes;

import com.cartwise.application.access.KeyHolder;
import com.cartwise.application.access.KeyId;
import com.cartwise.application.access.StoredKey;
import com.cartwise.application.port.ApiKeys;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link ApiKeys} in memory; counts its reads and touches, and names the threads that read, so tests
 * can see what a request costs and where; can be made to fail its reads as a database that is down.
 */
public final class InMemoryApiKeys implements ApiKeys {
    private final Map<KeyId, StoredKey> keys = new ConcurrentHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger touches = new AtomicInteger();
    private final List<String> readingThreads = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    @Override
    public void add(StoredKey key) {
        if (keys.putIfAbsent(key.id(), key) != null) {
            throw new IllegalStateException("key id " + key.id() + " exists already");
        }
    }

    @Override
    public Optional<StoredKey> find(KeyId id) {
        reads.incrementAndGet();
        readingThreads.add(Thread.currentThread().getName());
        if (down) {
            throw new IllegalStateException("the key store is down (a test's choice)");
        }
        return Optional.ofNullable(keys.get(id));
    }

    @Override
    public List<StoredKey> list(ShopId shop, int limit, java.util.Optional<com.cartwise.application.access.KeyCursor> after) {
        Comparator<StoredKey> order = Comparator.comparing(StoredKey::createdAt).thenComparing(key -> key.id().value());
        return keys.values().stream()
                .filter(key -> key.holder() instanceof KeyHolder.OneShop one && one.shop().equals(shop))
                .filter(key -> after.isEmpty() || key.createdAt().isAfter(after.get().createdAt())
                        || key.createdAt().equals(after.get().createdAt()) && key.id().value().compareTo(after.get().id().value()) > 0)
                .sorted(order)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized boolean revoke(ShopId shop, KeyId id, Instant at) {
        StoredKey key = keys.get(id);
        if (key == null || !key.active() || !(key.holder() instanceof KeyHolder.OneShop one && one.shop().equals(shop))) {
            return false;
        }
        keys.put(id, new StoredKey(id, key.holder(), key.hash(), key.label(), key.createdAt(), key.lastUsedAt(), Optional.of(at)));
        return true;
    }

    @Override
    public synchronized void touch(KeyId id, Instant at) {
        touches.incrementAndGet();
        keys.computeIfPresent(id, (k, key) -> key.lastUsedAt().filter(last -> !last.isBefore(at)).isPresent() ? key
                : new StoredKey(id, key.holder(), key.hash(), key.label(), key.createdAt(), Optional.of(at), key.revokedAt()));
    }

    @Override
    public List<ShopId> shopsByLastUse(int limit) {
        Map<ShopId, Instant> lastUse = new java.util.HashMap<>();
        for (StoredKey key : keys.values()) {
            if (key.holder() instanceof KeyHolder.OneShop one && key.lastUsedAt().isPresent()) {
                lastUse.merge(one.shop(), key.lastUsedAt().get(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return lastUse.entrySet().stream()
                .sorted(Map.Entry.<ShopId, Instant>comparingByValue().reversed().thenComparing(e -> e.getKey().value()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    @Override
    public boolean hasOperatorKey() {
        return keys.values().stream().anyMatch(key -> key.holder() instanceof KeyHolder.Operator);
    }

    /** The names of the threads that read a key, in order. */
    public List<String> readingThreads() {
        return List.copyOf(readingThreads);
    }

    /** Whether reads fail, as when the database cannot be reached. */
    public void down(boolean down) {
        this.down = down;
    }

    public int reads() {
        return reads.get();
    }

    public int touches() {
        return touches.get();
    }
}
