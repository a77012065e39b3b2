package com.cartwise.application.fakes;

import com.cartwise.application.port.Shops;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link Shops} in memory, for tests of the use cases and of the adapters in front of them. */
public final class InMemoryShops implements Shops {
    private final Map<ShopId, Shop> shops = new ConcurrentHashMap<>();

    @Override
    public Optional<Shop> find(ShopId id) {
        return Optional.ofNullable(shops.get(id));
    }

    @Override
    public boolean add(Shop shop) {
        return shops.putIfAbsent(shop.id(), shop) == null;
    }

    /** Every shop's id, for fakes that list shops (the port itself lists none). */
    public List<ShopId> ids() {
        return List.copyOf(shops.keySet());
    }
}
