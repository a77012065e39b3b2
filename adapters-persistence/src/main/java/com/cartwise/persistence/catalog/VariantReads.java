package com.cartwise.persistence.catalog;

import static com.cartwise.persistence.SqlValues.bigintArray;
import static com.cartwise.persistence.SqlValues.nullableLong;
import static com.cartwise.persistence.SqlValues.strings;
import static com.cartwise.persistence.SqlValues.textArray;

import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;

/** Variants as the domain sees them: with their product's title and status, priced in their shop's currency. */
final class VariantReads {
    private static final String SELECT = """
            SELECT v.id, v.handle, v.option_values, v.sku, v.shopify_variant_id, p.title, p.status, v.price, v.price_given,
                   s.currency, v.inventory_tracked, v.inventory_quantity, v.inventory_policy
            FROM variants v
            JOIN products p ON p.shop_id = v.shop_id AND p.handle = v.handle
            JOIN shops s ON s.id = v.shop_id
            WHERE v.shop_id = ?""";
    private static final String BY_IDS = SELECT + " AND v.id = ANY (?)";
    private static final String BY_SKUS = SELECT + " AND v.sku = ANY (?)";

    private VariantReads() {
    }

    static List<Variant> byIds(Connection connection, String shop, Collection<Long> ids) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(BY_IDS)) {
            query.setArray(2, bigintArray(connection, ids));
            return read(query, shop);
        }
    }

    static List<Variant> bySkus(Connection connection, String shop, Collection<String> skus) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(BY_SKUS)) {
            query.setArray(2, textArray(connection, skus));
            return read(query, shop);
        }
    }

    private static List<Variant> read(PreparedStatement query, String shop) throws SQLException {
        query.setString(1, shop);
        List<Variant> variants = new ArrayList<>();
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                variants.add(variant(row));
            }
        }
        return variants;
    }

    private static Variant variant(ResultSet row) throws SQLException {
        Money price = new Money(row.getBigDecimal("price"), Currency.getInstance(row.getString("currency")));
        Stock stock = new Stock(row.getBoolean("inventory_tracked"), row.getInt("inventory_quantity"),
                InventoryPolicy.sellsWhenOutOfStock(row.getString("inventory_policy")));
        return new Variant(row.getLong("id"), row.getString("handle"), strings(row.getArray("option_values")),
                row.getString("sku"), nullableLong(row, "shopify_variant_id"), row.getString("title"), price,
                row.getBoolean("price_given"), stock,
                ProductStatus.fromWireName(row.getString("status")));
    }
}
