package com.cartwise.application.bundles.cart;

import com.cartwise.application.bundles.ActiveBundle;
import com.cartwise.application.port.ActiveBundles;
import com.cartwise.application.port.Catalog;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Each shop's active bundles held in memory for the till, loaded on first use. This instance
 * drops a shop's entry when one of its bundles is activated or deactivated here; an entry older
 * than {@code refresh} is loaded again, so that a change made through another instance (or a
 * catalogue import that changed stock or SKUs) reaches this one's tills within that time.
 */
public final class ServingBundles {
    private final ActiveBundles activeBundles;
    private final Catalog catalog;
    private final Clock clock;
    private final Duration refresh;
    private final ConcurrentMap<ShopId, Loaded> shops = new ConcurrentHashMap<>();

    public ServingBundles(ActiveBundles activeBundles, Catalog catalog, Clock clock, Duration refresh) {
        if (refresh == null || refresh.isNegative()) {
            throw new IllegalArgumentException("cartwise.bundles.serving.refresh must not be negative, but was " + refresh);
        }
        this.activeBundles = activeBundles;
        this.catalog = catalog;
        this.clock = clock;
        this.refresh = refresh;
    }

    /** The shop's bundles, from memory when loaded recently enough, else from the store. */
    ShopBundles current(ShopId shop) {
        Optional<ShopBundles> fresh = loaded(shop);
        if (fresh.isPresent()) {
            return fresh.get();
        }
        ShopBundles bundles = load(shop);
        shops.put(shop, new Loaded(bundles, clock.instant()));
        return bundles;
    }

    /** The shop's bundles if they are in memory and recent; never touches the store. */
    Optional<ShopBundles> loaded(ShopId shop) {
        Loaded entry = shops.get(shop);
        if (entry == null || clock.instant().isAfter(entry.at().plus(refresh))) {
            return Optional.empty();
        }
        return Optional.of(entry.bundles());
    }

    /** Forgets the shop's bundles: the next cart loads them again. */
    public void evict(ShopId shop) {
        shops.remove(shop);
    }

    private ShopBundles load(ShopId shop) {
        List<ActiveBundle> active = activeBundles.active(shop);
        if (active.isEmpty()) {
            return new ShopBundles(active, List.of());
        }
        Set<Long> ids = new LinkedHashSet<>();
        active.forEach(b -> ids.addAll(b.candidate().variantIds()));
        List<Variant> known = catalog.variants(shop, ids);
        // A SKU names a variant only if no other has it, sold in a bundle or not: fetch those too.
        Map<Long, Variant> catalogue = new HashMap<>();
        known.forEach(v -> catalogue.put(v.id(), v));
        List<String> skus = known.stream().flatMap(v -> v.skuIfAny().stream()).distinct().toList();
        catalog.variantsWithSkus(shop, skus).forEach(v -> catalogue.putIfAbsent(v.id(), v));
        return new ShopBundles(active, new ArrayList<>(catalogue.values()));
    }

    private record Loaded(ShopBundles bundles, Instant at) {
    }
}
