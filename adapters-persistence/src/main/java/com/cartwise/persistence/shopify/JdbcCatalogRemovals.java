package com.cartwise.persistence.shopify;

import com.cartwise.application.port.CatalogRemovals;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;

/** {@link CatalogRemovals} on {@code products}: a deleted product becomes archived. */
@Singleton
public final class JdbcCatalogRemovals implements CatalogRemovals {
    private final TransactionalJdbc jdbc;

    JdbcCatalogRemovals(TransactionalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long archiveProduct(ShopId shop, long shopifyProductId) {
        return jdbc.write(c -> {
            int archived = Bound.update(c, "UPDATE products SET status = 'archived' WHERE shop_id = ? AND shopify_product_id = ?",
                    shop.value(), shopifyProductId);
            if (archived == 0) {
                return 0L;
            }
            return Bound.one(c, """
                    SELECT count(*) FROM variants v JOIN products p ON p.shop_id = v.shop_id AND p.handle = v.handle
                    WHERE p.shop_id = ? AND p.shopify_product_id = ?""", row -> row.getLong(1), shop.value(), shopifyProductId)
                    .orElseThrow();
        });
    }
}
