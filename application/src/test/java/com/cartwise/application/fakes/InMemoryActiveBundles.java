package com.cartwise.application.fakes;

import com.cartwise.application.bundles.ActiveBundle;
import com.cartwise.application.bundles.ActiveBundleQuery;
import com.cartwise.application.port.ActiveBundles;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ActiveBundles} in memory: one bundle per shop and key, active or not. */
public final class InMemoryActiveBundles implements ActiveBundles {
    private static final Comparator<ActiveBundle> NEWEST_FIRST = Comparator.comparing(ActiveBundle::activatedAt).reversed()
            .thenComparing(b -> b.key().value());
    private static final Comparator<ActiveBundle> BEST_FIRST = Comparator.comparingInt(
            (ActiveBundle b) -> b.proposal().bundle().priced().ranked().rank()).thenComparing(b -> b.key().value());

    private final Map<ShopId, Map<BundleKey, ActiveBundle>> shops = new HashMap<>();

    @Override
    public synchronized ActiveBundle activate(ShopId shop, ActiveBundle bundle) {
        of(shop).put(bundle.key(), bundle);
        return bundle;
    }

    @Override
    public synchronized Optional<ActiveBundle> deactivate(ShopId shop, BundleKey key, Instant at) {
        return Optional.ofNullable(of(shop).computeIfPresent(key, (k, b) -> b.active() ? b.deactivated(at) : b));
    }

    @Override
    public synchronized Optional<ActiveBundle> find(ShopId shop, BundleKey key) {
        return Optional.ofNullable(of(shop).get(key));
    }

    @Override
    public synchronized List<ActiveBundle> list(ActiveBundleQuery q) {
        return of(q.shop()).values().stream()
                .filter(b -> q.status().isEmpty() || b.status() == q.status().get())
                .filter(b -> q.after().isEmpty() || after(b, q.after().get()))
                .sorted(NEWEST_FIRST).limit(q.limit()).toList();
    }

    /** Whether the bundle comes after the cursor, newest first and ties by key. */
    private static boolean after(ActiveBundle b, ActiveBundleQuery.After cursor) {
        int time = b.activatedAt().compareTo(cursor.activatedAt());
        return time < 0 || time == 0 && b.key().value().compareTo(cursor.key().value()) > 0;
    }

    @Override
    public synchronized List<ActiveBundle> active(ShopId shop) {
        return of(shop).values().stream().filter(ActiveBundle::active).sorted(BEST_FIRST).toList();
    }

    private Map<BundleKey, ActiveBundle> of(ShopId shop) {
        return shops.computeIfAbsent(shop, s -> new LinkedHashMap<>());
    }
}
