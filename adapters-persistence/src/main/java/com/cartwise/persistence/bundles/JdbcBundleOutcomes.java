package com.cartwise.persistence.bundles;

import com.cartwise.application.port.BundleOutcomes;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.pricing.BundleOutcome;
import com.cartwise.domain.pricing.DiscountRate;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** {@link BundleOutcomes} in {@code bundle_outcomes}: one row per shop, bundle and discount, whose counts add up. */
@Singleton
public final class JdbcBundleOutcomes implements BundleOutcomes {
    private final TransactionalJdbc jdbc;

    public JdbcBundleOutcomes(TransactionalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<BundleOutcome> of(ShopId shop) {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT bundle_key, objective, discount, impressions, purchases, revenue FROM bundle_outcomes
                    WHERE shop_id = ? ORDER BY bundle_key, discount""")) {
                query.setString(1, shop.value());
                List<BundleOutcome> outcomes = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        outcomes.add(new BundleOutcome(new BundleKey(row.getString("bundle_key")),
                                Objective.fromWireName(row.getString("objective")), new DiscountRate(row.getBigDecimal("discount")),
                                row.getLong("impressions"), row.getLong("purchases"), row.getBigDecimal("revenue")));
                    }
                }
                return outcomes;
            }
        });
    }

    @Override
    public void record(ShopId shop, BundleOutcome seen) {
        jdbc.write(connection -> {
            add(connection, shop, seen);
            return null;
        });
    }

    /** Adds {@code seen} to the bundle's outcome at its discount, in the caller's transaction (events record theirs so). */
    public static void add(Connection connection, ShopId shop, BundleOutcome seen) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO bundle_outcomes (shop_id, bundle_key, objective, discount, impressions, purchases, revenue)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (shop_id, bundle_key, discount) DO UPDATE SET
                    impressions = bundle_outcomes.impressions + excluded.impressions,
                    purchases = bundle_outcomes.purchases + excluded.purchases,
                    revenue = bundle_outcomes.revenue + excluded.revenue""")) {
            upsert.setString(1, shop.value());
            upsert.setString(2, seen.bundle().value());
            upsert.setString(3, seen.objective().wireName());
            upsert.setBigDecimal(4, seen.discount().value());
            upsert.setLong(5, seen.impressions());
            upsert.setLong(6, seen.purchases());
            upsert.setBigDecimal(7, seen.revenue());
            upsert.executeUpdate();
        }
    }
}
