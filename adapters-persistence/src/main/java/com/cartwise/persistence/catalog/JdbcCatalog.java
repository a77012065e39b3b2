package com.cartwise.persistence.catalog;

import com.cartwise.application.port.Catalog;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.recommend.serving.ProductReference;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    @Override
    public boolean has(ShopId shop, ProductReference product) {
        Lookup lookup = Lookup.of(product);
        // At most two rows are looked at: one is a match, two a SKU that names no single variant.
        int found = jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT count(*) FROM (SELECT 1 FROM variants WHERE shop_id = ? AND " + lookup.column() + " = ? LIMIT 2) v")) {
                query.setString(1, shop.value());
                query.setObject(2, lookup.value());
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
        return product instanceof ProductReference.OfProduct ? found > 0 : found == 1;
    }

    /** The column of {@code variants} a product page's reference is looked up by, and its value. */
    private record Lookup(String column, Object value) {
        static Lookup of(ProductReference product) {
            return switch (product) {
                case ProductReference.OfProduct p -> new Lookup("handle", p.handle());
                case ProductReference.OfVariant v -> switch (v.variant()) {
                    case VariantKey.ById id -> new Lookup("id", id.variantId());
                    case VariantKey.ByShopifyVariantId s -> new Lookup("shopify_variant_id", s.shopifyVariantId());
                    case VariantKey.BySku s -> new Lookup("sku", s.sku());
                };
            };
        }
    }
}
