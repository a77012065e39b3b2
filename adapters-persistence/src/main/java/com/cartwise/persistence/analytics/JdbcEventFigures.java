package com.cartwise.persistence.analytics;

import com.cartwise.application.port.EventFigures;
import com.cartwise.domain.analytics.Acceptance;
import com.cartwise.domain.analytics.Figures;
import com.cartwise.domain.analytics.Granularity;
import com.cartwise.domain.analytics.HoldoutFigures;
import com.cartwise.domain.analytics.OrderFigures;
import com.cartwise.domain.analytics.Period;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.recommend.Source;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.SqlValues;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link EventFigures} as SQL aggregates over {@code events}: every query is one shop's, over the
 * {@code (shop_id, occurred_at)} index, and looks accepts up by {@code (shop_id, recommendation_id)}.
 * The shared parts (shown items, purchases with their attribution) are in {@link FigureQueries}.
 */
@Singleton
public final class JdbcEventFigures implements EventFigures {
    private final TransactionalJdbc jdbc;

    JdbcEventFigures(TransactionalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figures.BySource> acceptanceBySource(ShopId shop, Period period) {
        return rows(FigureQueries.SHOWN + """
                SELECT source, count(*) AS shown, count(*) FILTER (WHERE accepted) AS accepted
                FROM shown GROUP BY source ORDER BY source""", shop, period, -1,
                row -> new Figures.BySource(Source.fromWireName(row.getString("source")), acceptance(row)));
    }

    @Override
    public List<Figures.ByVariant> acceptanceByVariant(ShopId shop, Period period) {
        return rows(FigureQueries.SHOWN + """
                SELECT variant_id, count(*) AS shown, count(*) FILTER (WHERE accepted) AS accepted
                FROM shown GROUP BY variant_id ORDER BY shown DESC, variant_id""", shop, period, -1,
                row -> new Figures.ByVariant(row.getLong("variant_id"), acceptance(row)));
    }

    @Override
    public List<Figures.Pair> topPairs(ShopId shop, Period period, int limit) {
        return rows(FigureQueries.SHOWN + """
                SELECT cart_variant_id, variant_id, count(*) AS shown, count(*) FILTER (WHERE accepted) AS accepted
                FROM shown CROSS JOIN LATERAL unnest(cart_variant_ids) AS cart_variant_id
                GROUP BY cart_variant_id, variant_id
                ORDER BY accepted DESC, shown DESC, cart_variant_id, variant_id LIMIT ?""", shop, period, limit,
                row -> new Figures.Pair(row.getLong("cart_variant_id"), row.getLong("variant_id"), acceptance(row)));
    }

    @Override
    public List<Figures.Bundle> topBundles(ShopId shop, Period period, int limit) {
        return rows("""
                SELECT bundle_key, count(*) FILTER (WHERE type = 'bundle_view') AS views,
                       count(*) FILTER (WHERE type = 'bundle_purchase') AS purchases, coalesce(sum(revenue), 0) AS revenue
                FROM events
                WHERE shop_id = ? AND occurred_at >= ? AND occurred_at < ? AND type IN ('bundle_view', 'bundle_purchase')
                GROUP BY bundle_key ORDER BY revenue DESC, purchases DESC, views DESC, bundle_key LIMIT ?""", shop, period, limit,
                row -> new Figures.Bundle(new BundleKey(row.getString("bundle_key")), row.getLong("views"), row.getLong("purchases"),
                        row.getBigDecimal("revenue")));
    }

    @Override
    public OrderFigures orders(ShopId shop, Period period) {
        return rows(FigureQueries.PURCHASES + """
                SELECT count(*) FILTER (WHERE with_accepted) AS orders_with,
                       coalesce(sum(revenue) FILTER (WHERE with_accepted), 0) AS revenue_with,
                       count(*) FILTER (WHERE NOT with_accepted) AS orders_without,
                       coalesce(sum(revenue) FILTER (WHERE NOT with_accepted), 0) AS revenue_without
                FROM purchases""", shop, period, -1, JdbcEventFigures::orders).getFirst();
    }

    @Override
    public List<Figures.Bucket> series(ShopId shop, Period period, Granularity granularity) {
        return rows(FigureQueries.series(granularity), shop, period, -1, row -> new Figures.Bucket(
                row.getObject("bucket", java.time.LocalDate.class), acceptance(row), orders(row), row.getLong("bundle_views"),
                row.getLong("bundle_purchases"), row.getBigDecimal("bundle_revenue")));
    }

    @Override
    public HoldoutFigures holdout(ShopId shop, Period period) {
        List<HoldoutQueries.Answers> answers = rows(HoldoutQueries.ANSWERS, shop, period, -1,
                row -> new HoldoutQueries.Answers(row.getString("arm"), row.getLong("answers")));
        List<HoldoutQueries.Shown> shown = rows(HoldoutQueries.ACCEPTANCE, shop, period, -1,
                row -> new HoldoutQueries.Shown(row.getString("arm"), row.getLong("impressions"), acceptance(row)));
        List<HoldoutQueries.Orders> orders = rows(HoldoutQueries.ORDERS, shop, period, -1,
                row -> new HoldoutQueries.Orders(row.getString("arm"), row.getLong("orders"), row.getBigDecimal("revenue"),
                        row.getBigDecimal("revenue_squares")));
        return HoldoutQueries.figures(answers, shown, orders);
    }

    private static Acceptance acceptance(ResultSet row) throws SQLException {
        return new Acceptance(row.getLong("shown"), row.getLong("accepted"));
    }

    private static OrderFigures orders(ResultSet row) throws SQLException {
        return new OrderFigures(row.getLong("orders_with"), row.getBigDecimal("revenue_with"), row.getLong("orders_without"),
                row.getBigDecimal("revenue_without"));
    }

    /** Runs a query whose parameters are the shop and the period's bounds (each as often as it names them), then the limit if any. */
    private <T> List<T> rows(String sql, ShopId shop, Period period, int limit, RowReader<T> reader) {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                int parameters = (int) sql.chars().filter(c -> c == '?').count() - (limit >= 0 ? 1 : 0);
                for (int p = 1; p <= parameters; p += 3) {
                    query.setString(p, shop.value());
                    SqlValues.setInstant(query, p + 1, period.start());
                    SqlValues.setInstant(query, p + 2, period.end());
                }
                if (limit >= 0) {
                    query.setInt(parameters + 1, limit);
                }
                List<T> all = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        all.add(reader.read(row));
                    }
                }
                return all;
            }
        });
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }
}
