package com.cartwise.application.fakes;

import com.cartwise.application.port.BundleOutcomes;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.pricing.BundleOutcome;
import com.cartwise.domain.pricing.DiscountRate;
import com.cartwise.domain.shop.ShopId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link BundleOutcomes} in memory: one outcome per shop, bundle and discount, adding up what is recorded. */
public final class InMemoryBundleOutcomes implements BundleOutcomes {
    private final Map<ShopId, Map<Key, BundleOutcome>> shops = new HashMap<>();

    @Override
    public synchronized List<BundleOutcome> of(ShopId shop) {
        return new ArrayList<>(shops.getOrDefault(shop, Map.of()).values());
    }

    @Override
    public synchronized void record(ShopId shop, BundleOutcome seen) {
        shops.computeIfAbsent(shop, s -> new LinkedHashMap<>()).merge(new Key(seen.bundle(), seen.discount()), seen, BundleOutcome::plus);
    }

    /** Discounts equal by value (DiscountRate strips trailing zeros), as PostgreSQL's numeric key compares them. */
    private record Key(BundleKey bundle, DiscountRate discount) {
    }
}
