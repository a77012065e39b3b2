package com.cartwise.persistence.catalog;

import static com.cartwise.persistence.SqlValues.bigintArray;
import static com.cartwise.persistence.SqlValues.setNullableLong;
import static com.cartwise.persistence.SqlValues.strings;
import static com.cartwise.persistence.SqlValues.textArray;

import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.persistence.SqlValues;
import com.cartwise.persistence.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statements of one catalogue import, prepared once and reused for every chunk (PostgreSQL
 * then plans them once), each chunk's writes sent as one batch per statement.
 */
final class CatalogStatements implements AutoCloseable {
    private static final String VARIANT_COLUMNS = "handle, option_values, sku, barcode, shopify_variant_id, price, "
            + "inventory_tracked, inventory_quantity, inventory_policy, line_name";

    private final Connection connection;
    private final String shop;
    private final PreparedStatement findVariants;
    private final PreparedStatement findProducts;
    private final PreparedStatement upsertProduct;
    private final PreparedStatement clearShopifyId;
    private final PreparedStatement updateVariant;
    private final PreparedStatement insertVariant;

    CatalogStatements(Connection connection, String shop) throws SQLException {
        this.connection = connection;
        this.shop = shop;
        this.findVariants = connection.prepareStatement("""
                SELECT id, handle, option_values, shopify_variant_id FROM variants
                WHERE shop_id = ? AND (handle = ANY (?) OR shopify_variant_id = ANY (?))""");
        this.findProducts = connection.prepareStatement(
                "SELECT handle FROM products WHERE shop_id = ? AND handle = ANY (?)");
        this.upsertProduct = connection.prepareStatement("""
                INSERT INTO products (shop_id, handle, title, vendor, product_type, tags, status) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (shop_id, handle) DO UPDATE SET title = excluded.title, vendor = excluded.vendor,
                    product_type = excluded.product_type, tags = excluded.tags, status = excluded.status""");
        this.clearShopifyId = connection.prepareStatement(
                "UPDATE variants SET shopify_variant_id = NULL WHERE shop_id = ? AND id = ?");
        // A record without a Shopify id (a CSV export) keeps the one an earlier import gave.
        this.updateVariant = connection.prepareStatement("""
                UPDATE variants SET handle = ?, option_values = ?, sku = ?, barcode = ?,
                    shopify_variant_id = coalesce(?, shopify_variant_id), price = ?, inventory_tracked = ?,
                    inventory_quantity = ?, inventory_policy = ?, line_name = ?
                WHERE shop_id = ? AND id = ?""");
        this.insertVariant = connection.prepareStatement("INSERT INTO variants (shop_id, " + VARIANT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    StoredVariants findVariants(List<VariantRecord> records) throws SQLException {
        Set<String> handles = new HashSet<>();
        Set<Long> shopifyIds = new HashSet<>();
        for (VariantRecord record : records) {
            handles.add(record.product().handle());
            if (record.shopifyVariantId() != null) {
                shopifyIds.add(record.shopifyVariantId());
            }
        }
        findVariants.setString(1, shop);
        findVariants.setArray(2, textArray(connection, handles));
        findVariants.setArray(3, bigintArray(connection, shopifyIds));
        Map<NaturalKey, Long> byKey = new HashMap<>();
        Map<Long, Long> byShopifyId = new HashMap<>();
        try (ResultSet row = findVariants.executeQuery()) {
            while (row.next()) {
                long id = row.getLong("id");
                byKey.put(new NaturalKey(row.getString("handle"), strings(row.getArray("option_values"))), id);
                Long shopifyId = SqlValues.nullableLong(row, "shopify_variant_id");
                if (shopifyId != null) {
                    byShopifyId.put(shopifyId, id);
                }
            }
        }
        return new StoredVariants(byKey, byShopifyId);
    }

    /** Adds or updates the products; answers how many were new to the shop. */
    long upsertProducts(Collection<Product> products) throws SQLException {
        Set<String> existing = existingHandles(products.stream().map(Product::handle).toList());
        for (Product product : products) {
            upsertProduct.setString(1, shop);
            upsertProduct.setString(2, product.handle());
            upsertProduct.setString(3, product.title());
            upsertProduct.setString(4, product.vendor());
            upsertProduct.setString(5, product.productType());
            upsertProduct.setArray(6, textArray(connection, product.tags()));
            upsertProduct.setString(7, product.status().wireName());
            upsertProduct.addBatch();
        }
        upsertProduct.executeBatch();
        return products.stream().filter(p -> !existing.contains(p.handle())).count();
    }

    private Set<String> existingHandles(List<String> handles) throws SQLException {
        findProducts.setString(1, shop);
        findProducts.setArray(2, textArray(connection, handles));
        Set<String> existing = new HashSet<>();
        try (ResultSet row = findProducts.executeQuery()) {
            while (row.next()) {
                existing.add(row.getString(1));
            }
        }
        return existing;
    }

    void clearShopifyIds(Collection<Long> variantIds) throws SQLException {
        for (long id : variantIds) {
            clearShopifyId.setString(1, shop);
            clearShopifyId.setLong(2, id);
            clearShopifyId.addBatch();
        }
        clearShopifyId.executeBatch();
    }

    void update(Map<Long, VariantRecord> recordsByVariantId) throws SQLException {
        for (Map.Entry<Long, VariantRecord> entry : recordsByVariantId.entrySet()) {
            int next = bindVariantColumns(updateVariant, 1, entry.getValue());
            updateVariant.setString(next, shop);
            updateVariant.setLong(next + 1, entry.getKey());
            updateVariant.addBatch();
        }
        updateVariant.executeBatch();
    }

    void insert(List<VariantRecord> records) throws SQLException {
        for (VariantRecord record : records) {
            insertVariant.setString(1, shop);
            bindVariantColumns(insertVariant, 2, record);
            insertVariant.addBatch();
        }
        insertVariant.executeBatch();
    }

    /** Binds {@link #VARIANT_COLUMNS} from {@code first} on; answers the next parameter index. */
    private int bindVariantColumns(PreparedStatement statement, int first, VariantRecord record) throws SQLException {
        int i = first;
        statement.setString(i++, record.product().handle());
        statement.setArray(i++, textArray(connection, record.optionValues()));
        statement.setString(i++, record.sku());
        statement.setString(i++, record.barcode());
        setNullableLong(statement, i++, record.shopifyVariantId());
        statement.setBigDecimal(i++, record.price());
        statement.setBoolean(i++, record.stock().tracked());
        statement.setInt(i++, record.stock().quantity());
        statement.setString(i++, InventoryPolicy.of(record.stock()));
        statement.setString(i++, Variant.lineNameOf(record.product().title(), record.optionValues()));
        return i;
    }

    @Override
    public void close() throws SQLException {
        Statements.closeAll(findVariants, findProducts, upsertProduct, clearShopifyId, updateVariant, insertVariant);
    }
}
