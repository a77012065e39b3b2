package com.cartwise.application.fakes;

import com.cartwise.application.port.CopyCache;
import com.cartwise.domain.bundles.copy.BundleCopy;
import com.cartwise.domain.shop.ShopId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link CopyCache} in memory, for tests of the use cases and of the adapters in front of them. */
public final class InMemoryCopyCache implements CopyCache {
    private final Map<Key, BundleCopy> copies = new ConcurrentHashMap<>();

    @Override
    public Optional<BundleCopy> find(ShopId shop, String contentHash) {
        return Optional.ofNullable(copies.get(new Key(shop, contentHash)));
    }

    @Override
    public void keep(ShopId shop, String contentHash, BundleCopy copy) {
        copies.putIfAbsent(new Key(shop, contentHash), copy);
    }

    public int size() {
        return copies.size();
    }

    private record Key(ShopId shop, String contentHash) {
    }
}
