package com.cartwise.persistence.bundles;

import static com.cartwise.persistence.SqlValues.instant;
import static com.cartwise.persistence.SqlValues.setInstant;

import com.cartwise.application.bundles.ActiveBundle;
import com.cartwise.application.bundles.ActiveBundleQuery;
import com.cartwise.application.bundles.ActiveStatus;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.ActiveBundles;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link ActiveBundles} in {@code active_bundles}: one row per shop and bundle key, active or inactive. */
@Singleton
public final class JdbcActiveBundles implements ActiveBundles {
    private static final String COLUMNS = BundleColumns.list() + ", job_id, status, activated_at, deactivated_at";
    private static final String ACTIVATE = "INSERT INTO active_bundles (shop_id, " + BundleColumns.list()
            + ", job_id, status, activated_at, deactivated_at) VALUES (?, " + BundleColumns.placeholders() + ", ?, 'active', ?, NULL)"
            + " ON CONFLICT (shop_id, bundle_key) DO UPDATE SET " + BundleColumns.setFromExcluded()
            + ", job_id = excluded.job_id, status = 'active', activated_at = excluded.activated_at, deactivated_at = NULL"
            + " RETURNING " + COLUMNS;
    private static final String LIST = "SELECT " + COLUMNS + """
             FROM active_bundles
            WHERE shop_id = ?
              AND (?::text IS NULL OR status = ?::text)
              AND (?::timestamptz IS NULL OR activated_at < ?::timestamptz
                   OR (activated_at = ?::timestamptz AND bundle_key > ?::text))
            ORDER BY activated_at DESC, bundle_key
            LIMIT ?""";

    private final TransactionalJdbc jdbc;

    public JdbcActiveBundles(TransactionalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ActiveBundle activate(ShopId shop, ActiveBundle bundle) {
        return jdbc.write(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(ACTIVATE)) {
                upsert.setString(1, shop.value());
                int i = BundleColumns.set(upsert, 2, connection, bundle.proposal());
                upsert.setObject(i++, bundle.run().value());
                setInstant(upsert, i, bundle.activatedAt());
                return rows(upsert).getFirst();
            }
        });
    }

    @Override
    public Optional<ActiveBundle> deactivate(ShopId shop, BundleKey key, Instant at) {
        return jdbc.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE active_bundles SET status = 'inactive', deactivated_at = ?"
                    + " WHERE shop_id = ? AND bundle_key = ? AND status = 'active' RETURNING " + COLUMNS)) {
                setInstant(update, 1, at);
                update.setString(2, shop.value());
                update.setString(3, key.value());
                List<ActiveBundle> changed = rows(update);
                return changed.isEmpty() ? find(shop, key) : Optional.of(changed.getFirst());
            }
        });
    }

    @Override
    public Optional<ActiveBundle> find(ShopId shop, BundleKey key) {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM active_bundles WHERE shop_id = ? AND bundle_key = ?")) {
                query.setString(1, shop.value());
                query.setString(2, key.value());
                return rows(query).stream().findFirst();
            }
        });
    }

    @Override
    public List<ActiveBundle> list(ActiveBundleQuery q) {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(LIST)) {
                query.setString(1, q.shop().value());
                String status = q.status().map(ActiveStatus::wireName).orElse(null);
                query.setString(2, status);
                query.setString(3, status);
                if (q.after().isPresent()) {
                    for (int i = 4; i <= 6; i++) {
                        setInstant(query, i, q.after().get().activatedAt());
                    }
                    query.setString(7, q.after().get().key().value());
                } else {
                    for (int i = 4; i <= 6; i++) {
                        query.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
                    }
                    query.setNull(7, Types.VARCHAR);
                }
                query.setInt(8, q.limit());
                return rows(query);
            }
        });
    }

    @Override
    public List<ActiveBundle> active(ShopId shop) {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM active_bundles WHERE shop_id = ? AND status = 'active' ORDER BY rank, bundle_key")) {
                query.setString(1, shop.value());
                return rows(query);
            }
        });
    }

    private static List<ActiveBundle> rows(PreparedStatement statement) throws SQLException {
        List<ActiveBundle> found = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                OffsetDateTime deactivated = row.getObject("deactivated_at", OffsetDateTime.class);
                found.add(new ActiveBundle(BundleColumns.read(row), new JobId(row.getObject("job_id", UUID.class)),
                        ActiveStatus.fromWireName(row.getString("status")), instant(row, "activated_at"),
                        Optional.ofNullable(deactivated).map(OffsetDateTime::toInstant)));
            }
        }
        return found;
    }
}
