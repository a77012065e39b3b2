package com.cartwise.persistence.retraining;

import static com.cartwise.persistence.SqlValues.instant;
import static com.cartwise.persistence.SqlValues.setInstant;

import com.cartwise.application.port.RetrainingSchedules;
import com.cartwise.application.retraining.RetrainingPlan;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link RetrainingSchedules} in {@code retraining_schedule}; a claim is a conditional UPDATE on the run it saw due. */
@Singleton
public final class JdbcRetrainingSchedules implements RetrainingSchedules {
    private final TransactionalJdbc jdbc;

    JdbcRetrainingSchedules(TransactionalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ShopId> trainedShops() {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id FROM shops s WHERE EXISTS (SELECT 1 FROM models m WHERE m.shop_id = s.id) ORDER BY id");
                 ResultSet row = query.executeQuery()) {
                List<ShopId> shops = new ArrayList<>();
                while (row.next()) {
                    shops.add(ShopId.of(row.getString(1)));
                }
                return shops;
            }
        });
    }

    @Override
    public Map<ShopId, RetrainingPlan> plans() {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT shop_id, cron, next_run_at FROM retraining_schedule");
                 ResultSet row = query.executeQuery()) {
                Map<ShopId, RetrainingPlan> plans = new HashMap<>();
                while (row.next()) {
                    ShopId shop = ShopId.of(row.getString("shop_id"));
                    plans.put(shop, new RetrainingPlan(shop, row.getString("cron"), instant(row, "next_run_at")));
                }
                return plans;
            }
        });
    }

    @Override
    public void plan(RetrainingPlan plan) {
        jdbc.write(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO retraining_schedule (shop_id, cron, next_run_at) VALUES (?, ?, ?)
                    ON CONFLICT (shop_id) DO UPDATE SET cron = excluded.cron, next_run_at = excluded.next_run_at
                    WHERE retraining_schedule.cron <> excluded.cron""")) {
                upsert.setString(1, plan.shop().value());
                upsert.setString(2, plan.cron());
                setInstant(upsert, 3, plan.nextRunAt());
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public void unplan(ShopId shop) {
        jdbc.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM retraining_schedule WHERE shop_id = ?")) {
                delete.setString(1, shop.value());
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public boolean claim(ShopId shop, Instant due, Instant next) {
        return jdbc.write(connection -> {
            try (PreparedStatement claim = connection.prepareStatement("""
                    UPDATE retraining_schedule SET next_run_at = ?, claimed_at = now()
                    WHERE shop_id = ? AND next_run_at = ?""")) {
                setInstant(claim, 1, next);
                claim.setString(2, shop.value());
                setInstant(claim, 3, due);
                return claim.executeUpdate() == 1;
            }
        });
    }
}
