package com.cartwise.persistence.catalog;

import com.cartwise.application.port.Catalog;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;

/** {@link Catalog} in {@code products} and {@code variants}. */
@Singleton
public final class JdbcCatalog implements Catalog {
    private final TransactionalJdbc jdbc;

    public JdbcCatalog(TransactionalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Variant> variants(ShopId shop, Collection<Long> variantIds) {
        if (variantIds.isEmpty()) {
            return List.of();
        }
        return jdbc.read(connection -> VariantReads.byIds(connection, shop.value(), variantIds));
    }

    @Override
    public List<Variant> variantsWithSkus(ShopId shop, Collection<String> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return jdbc.read(connection -> VariantReads.bySkus(connection, shop.value(), skus));
    }
}
