package com.cartwise.persistence.access;

import com.cartwise.application.access.KeyHolder;
import com.cartwise.application.access.KeyCursor;
import com.cartwise.application.access.KeyId;
import com.cartwise.application.access.StoredKey;
import com.cartwise.application.port.ApiKeys;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.SqlValues;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link ApiKeys} in {@code api_keys} (the shops') and {@code operator_keys}. */
@Singleton
public final class JdbcApiKeys implements ApiKeys {
    private static final String COLUMNS = "key_id, key_hash, label, created_at, last_used_at, revoked_at";

    private final TransactionalJdbc jdbc;

    JdbcApiKeys(TransactionalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(StoredKey key) {
        jdbc.write(c -> {
            String sql = switch (key.holder()) {
                case KeyHolder.OneShop one -> "INSERT INTO api_keys (shop_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
                case KeyHolder.Operator operator -> "INSERT INTO operator_keys (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)";
            };
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                int i = 1;
                if (key.holder() instanceof KeyHolder.OneShop one) {
                    insert.setString(i++, one.shop().value());
                }
                insert.setString(i++, key.id().value());
                insert.setBytes(i++, key.hash());
                insert.setString(i++, key.label());
                SqlValues.setInstant(insert, i++, key.createdAt());
                setOptionalInstant(insert, i++, key.lastUsedAt());
                setOptionalInstant(insert, i, key.revokedAt());
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<StoredKey> find(KeyId id) {
        return jdbc.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT shop_id, " + COLUMNS + " FROM api_keys WHERE key_id = ?"
                    + " UNION ALL SELECT NULL, " + COLUMNS + " FROM operator_keys WHERE key_id = ?")) {
                select.setString(1, id.value());
                select.setString(2, id.value());
                List<StoredKey> found = read(select);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
            }
        });
    }

    @Override
    public List<StoredKey> list(ShopId shop, int limit, Optional<KeyCursor> after) {
        return jdbc.read(c -> {
            // Keyset paging: a row comparison on the list's order, so a key issued meanwhile is neither skipped nor shown twice.
            try (PreparedStatement select = c.prepareStatement("SELECT shop_id, " + COLUMNS + " FROM api_keys WHERE shop_id = ?"
                    + (after.isPresent() ? " AND (created_at, key_id) > (?, ?)" : "") + " ORDER BY created_at, key_id LIMIT ?")) {
                int parameter = 1;
                select.setString(parameter++, shop.value());
                if (after.isPresent()) {
                    SqlValues.setInstant(select, parameter++, after.get().createdAt());
                    select.setString(parameter++, after.get().id().value());
                }
                select.setInt(parameter, limit);
                return read(select);
            }
        });
    }

    @Override
    public boolean revoke(ShopId shop, KeyId id, Instant at) {
        return jdbc.write(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE api_keys SET revoked_at = ? WHERE shop_id = ? AND key_id = ? AND revoked_at IS NULL")) {
                SqlValues.setInstant(update, 1, at);
                update.setString(2, shop.value());
                update.setString(3, id.value());
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void touch(KeyId id, Instant at) {
        jdbc.write(c -> {
            for (String table : List.of("api_keys", "operator_keys")) {
                try (PreparedStatement update = c.prepareStatement("UPDATE " + table
                        + " SET last_used_at = ? WHERE key_id = ? AND (last_used_at IS NULL OR last_used_at < ?)")) {
                    SqlValues.setInstant(update, 1, at);
                    update.setString(2, id.value());
                    SqlValues.setInstant(update, 3, at);
                    if (update.executeUpdate() > 0) {
                        break;
                    }
                }
            }
            return null;
        });
    }

    @Override
    public List<ShopId> shopsByLastUse(int limit) {
        return jdbc.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT shop_id FROM api_keys WHERE last_used_at IS NOT NULL"
                    + " GROUP BY shop_id ORDER BY max(last_used_at) DESC, shop_id COLLATE \"C\" LIMIT ?")) {
                select.setInt(1, limit);
                List<ShopId> shops = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        shops.add(ShopId.of(row.getString("shop_id")));
                    }
                }
                return shops;
            }
        });
    }

    @Override
    public boolean hasOperatorKey() {
        return jdbc.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM operator_keys)");
                 ResultSet row = select.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        });
    }

    private static List<StoredKey> read(PreparedStatement select) throws SQLException {
        List<StoredKey> keys = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                String shop = row.getString("shop_id");
                KeyHolder holder = shop == null ? new KeyHolder.Operator() : new KeyHolder.OneShop(ShopId.of(shop));
                keys.add(new StoredKey(KeyId.of(row.getString("key_id")), holder, row.getBytes("key_hash"), row.getString("label"),
                        SqlValues.instant(row, "created_at"), optionalInstant(row, "last_used_at"), optionalInstant(row, "revoked_at")));
            }
        }
        return keys;
    }

    private static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
        return row.getObject(column) == null ? Optional.empty() : Optional.of(SqlValues.instant(row, column));
    }

    private static void setOptionalInstant(PreparedStatement statement, int index, Optional<Instant> instant) throws SQLException {
        if (instant.isPresent()) {
            SqlValues.setInstant(statement, index, instant.get());
        } else {
            statement.setNull(index, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }
}
