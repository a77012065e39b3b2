package com.cartwise.persistence.flags;

import static com.cartwise.persistence.SqlValues.instant;
import static com.cartwise.persistence.SqlValues.setInstant;

import com.cartwise.application.flags.FlagChange;
import com.cartwise.application.flags.StoredFlags;
import com.cartwise.application.port.FeatureFlags;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** {@link FeatureFlags} in {@code feature_flags}, {@code shop_feature_flags} and {@code feature_flag_changes}. */
@Singleton
public final class JdbcFeatureFlags implements FeatureFlags {
    private final TransactionalJdbc jdbc;

    JdbcFeatureFlags(TransactionalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StoredFlags load() {
        return jdbc.read(connection -> {
            Map<String, String> global = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT name, value FROM feature_flags");
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    global.put(row.getString(1), row.getString(2));
                }
            }
            Map<ShopId, Map<String, String>> shops = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT shop_id, name, value FROM shop_feature_flags");
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    shops.computeIfAbsent(ShopId.of(row.getString(1)), any -> new HashMap<>()).put(row.getString(2), row.getString(3));
                }
            }
            return new StoredFlags(global, shops);
        });
    }

    @Override
    public FlagChange set(Optional<ShopId> shop, String name, Optional<String> value, String actor, Instant at) {
        return jdbc.write(connection -> {
            // Two changes of one value at once run one after the other, so each audit line's old value is the one it replaced.
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, "feature-flag:" + shop.map(ShopId::value).orElse("") + ":" + name);
                lock.executeQuery().close();
            }
            Optional<String> old = current(connection, shop, name);
            if (value.isPresent()) {
                upsert(connection, shop, name, value.get(), actor, at);
            } else {
                delete(connection, shop, name);
            }
            return audit(connection, new FlagChange(0, shop, name, old, value, actor, at));
        });
    }

    private static Optional<String> current(Connection connection, Optional<ShopId> shop, String name) throws SQLException {
        String sql = shop.isPresent() ? "SELECT value FROM shop_feature_flags WHERE shop_id = ? AND name = ?"
                : "SELECT value FROM feature_flags WHERE name = ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            bindScope(query, shop, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static void upsert(Connection connection, Optional<ShopId> shop, String name, String value, String actor, Instant at)
            throws SQLException {
        String sql = shop.isPresent()
                ? """
                  INSERT INTO shop_feature_flags (shop_id, name, value, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)
                  ON CONFLICT (shop_id, name) DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at,
                      changed_by = excluded.changed_by"""
                : """
                  INSERT INTO feature_flags (name, value, changed_at, changed_by) VALUES (?, ?, ?, ?)
                  ON CONFLICT (name) DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at,
                      changed_by = excluded.changed_by""";
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            int next = bindScope(upsert, shop, name);
            upsert.setString(next, value);
            setInstant(upsert, next + 1, at);
            upsert.setString(next + 2, actor);
            upsert.executeUpdate();
        }
    }

    private static void delete(Connection connection, Optional<ShopId> shop, String name) throws SQLException {
        String sql = shop.isPresent() ? "DELETE FROM shop_feature_flags WHERE shop_id = ? AND name = ?"
                : "DELETE FROM feature_flags WHERE name = ?";
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            bindScope(delete, shop, name);
            delete.executeUpdate();
        }
    }

    /** Binds the shop (when there is one) and the name; answers the next parameter's index. */
    private static int bindScope(PreparedStatement statement, Optional<ShopId> shop, String name) throws SQLException {
        int index = 1;
        if (shop.isPresent()) {
            statement.setString(index++, shop.get().value());
        }
        statement.setString(index++, name);
        return index;
    }

    private static FlagChange audit(Connection connection, FlagChange change) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO feature_flag_changes (shop_id, name, old_value, new_value, changed_by, changed_at)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")) {
            insert.setString(1, change.shop().map(ShopId::value).orElse(null));
            insert.setString(2, change.name());
            insert.setString(3, change.oldValue().orElse(null));
            insert.setString(4, change.newValue().orElse(null));
            insert.setString(5, change.actor());
            setInstant(insert, 6, change.at());
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return new FlagChange(row.getLong(1), change.shop(), change.name(), change.oldValue(), change.newValue(), change.actor(),
                        change.at());
            }
        }
    }

    @Override
    public List<FlagChange> changes(int limit, OptionalLong before) {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT id, shop_id, name, old_value, new_value, changed_by, changed_at FROM feature_flag_changes
                    WHERE id < ? ORDER BY id DESC LIMIT ?""")) {
                query.setLong(1, before.orElse(Long.MAX_VALUE));
                query.setInt(2, limit);
                List<FlagChange> changes = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        changes.add(new FlagChange(row.getLong("id"), Optional.ofNullable(row.getString("shop_id")).map(ShopId::of),
                                row.getString("name"), Optional.ofNullable(row.getString("old_value")),
                                Optional.ofNullable(row.getString("new_value")), row.getString("changed_by"), instant(row, "changed_at")));
                    }
                }
                return changes;
            }
        });
    }
}
