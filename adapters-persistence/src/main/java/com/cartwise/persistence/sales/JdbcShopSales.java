package com.cartwise.persistence.sales;

import static com.cartwise.persistence.SqlValues.strings;

import com.cartwise.application.port.ShopSales;
import com.cartwise.domain.bundles.enrichment.CatalogEntry;
import com.cartwise.domain.bundles.enrichment.Catalogue;
import com.cartwise.domain.bundles.enrichment.OrderSale;
import com.cartwise.domain.bundles.enrichment.SaleLine;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.TransactionalJdbc;
import com.cartwise.persistence.catalog.InventoryPolicy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * {@link ShopSales} in {@code products}, {@code variants}, {@code orders} and {@code order_lines}.
 * The import resolved every line to its variant when it merged it, so sales are read in one
 * streamed pass over an order's lines by their key, oldest order first.
 */
@Singleton
public final class JdbcShopSales implements ShopSales {
    /** Rows per round trip: PostgreSQL streams them through a cursor inside the transaction. */
    static final int FETCH_SIZE = 10_000;

    private static final String VARIANTS = """
            SELECT v.id, v.handle, p.title, v.option_values, v.price, v.compare_at_price, v.cost, v.inventory_tracked,
                   v.inventory_quantity, v.inventory_policy, p.product_type, p.category, p.vendor, p.tags, p.source_created_at,
                   p.status
            FROM variants v
            JOIN products p ON p.shop_id = v.shop_id AND p.handle = v.handle
            WHERE v.shop_id = ?
            ORDER BY v.id""";
    /**
     * In the primary keys' order, so that PostgreSQL merges the two index scans without sorting
     * (sorting 200,000 joined lines by time spilled to disk and took twice as long); the sales are
     * put in time order in memory.
     */
    private static final String LINES = """
            SELECT o.id, o.name, o.created_at, l.variant_id, l.quantity, l.price, l.discount
            FROM orders o
            JOIN order_lines l ON l.shop_id = o.shop_id AND l.order_id = o.id
            WHERE o.shop_id = ? AND l.shop_id = ? AND o.cancelled_at IS NULL
              AND l.quantity > 0 AND NOT l.refunded AND l.variant_id IS NOT NULL
            ORDER BY o.id, l.line_number""";
    private static final Comparator<Placed> OLDEST_FIRST = Comparator.comparing((Placed p) -> p.sale().placedAt())
            .thenComparing(Placed::name);

    private final TransactionalJdbc jdbc;

    public JdbcShopSales(TransactionalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Catalogue catalogue(ShopId shop) {
        return jdbc.read(connection -> new Catalogue(currency(connection, shop), entries(connection, shop)));
    }

    private static Currency currency(Connection connection, ShopId shop) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT currency FROM shops WHERE id = ?")) {
            query.setString(1, shop.value());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no shop '" + shop + "'");
                }
                return Currency.getInstance(row.getString(1));
            }
        }
    }

    private static List<CatalogEntry> entries(Connection connection, ShopId shop) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(VARIANTS)) {
            query.setFetchSize(FETCH_SIZE);
            query.setString(1, shop.value());
            List<CatalogEntry> entries = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    OffsetDateTime created = row.getObject("source_created_at", OffsetDateTime.class);
                    Stock stock = new Stock(row.getBoolean("inventory_tracked"), row.getInt("inventory_quantity"),
                            InventoryPolicy.sellsWhenOutOfStock(row.getString("inventory_policy")));
                    entries.add(new CatalogEntry(row.getLong("id"), row.getString("handle"), row.getString("title"),
                            Variant.titleOf(strings(row.getArray("option_values"))), row.getBigDecimal("price"),
                            row.getBigDecimal("compare_at_price"), row.getBigDecimal("cost"), stock,
                            category(row.getString("product_type"), row.getString("category")), row.getString("vendor"),
                            strings(row.getArray("tags")), created == null ? null : created.toInstant(),
                            "active".equals(row.getString("status"))));
                }
            }
            return entries;
        }
    }

    /** The product type, else the last level of the Shopify category ("Sporting Goods > Skiing > Skis" is "Skis"). */
    static String category(String productType, String category) {
        if (!productType.isBlank()) {
            return productType.strip();
        }
        return category.substring(category.lastIndexOf('>') + 1).strip();
    }

    @Override
    public List<OrderSale> orders(ShopId shop) {
        List<Placed> placed = jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(LINES)) {
                query.setFetchSize(FETCH_SIZE);
                query.setString(1, shop.value());
                query.setString(2, shop.value());
                List<Placed> sales = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    long order = -1;
                    String name = null;
                    OffsetDateTime at = null;
                    List<SaleLine> lines = new ArrayList<>();
                    while (row.next()) {
                        long id = row.getLong(1);
                        if (id != order && !lines.isEmpty()) {
                            sales.add(new Placed(name, new OrderSale(at.toInstant(), lines)));
                            lines = new ArrayList<>();
                        }
                        if (id != order) {
                            order = id;
                            name = row.getString(2);
                            at = row.getObject(3, OffsetDateTime.class);
                        }
                        lines.add(new SaleLine(row.getLong(4), row.getInt(5), row.getBigDecimal(6), row.getBigDecimal(7)));
                    }
                    if (!lines.isEmpty()) {
                        sales.add(new Placed(name, new OrderSale(at.toInstant(), lines)));
                    }
                }
                return sales;
            }
        });
        placed.sort(OLDEST_FIRST);
        return placed.stream().map(Placed::sale).toList();
    }

    /** A sale and its order's name: sales of the same instant are ordered by name. */
    private record Placed(String name, OrderSale sale) {
    }
}
