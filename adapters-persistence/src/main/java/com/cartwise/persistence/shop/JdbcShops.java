package com.cartwise.persistence.shop;

import com.cartwise.application.port.Shops;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import jakarta.inject.Singleton;
import java.util.Optional;

/** {@link Shops} in the {@code shops} table. */
@Singleton
public final class JdbcShops implements Shops {
    private final ShopRepository repository;

    JdbcShops(ShopRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Shop> find(ShopId id) {
        return repository.findById(id.value()).map(ShopRow::toShop);
    }

    @Override
    public boolean add(Shop shop) {
        ShopRow row = ShopRow.of(shop);
        return repository.insertIfAbsent(row.id(), row.name(), row.currency()) == 1;
    }
}
