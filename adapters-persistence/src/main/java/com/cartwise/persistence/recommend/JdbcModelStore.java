package com.cartwise.persistence.recommend;

import static com.cartwise.persistence.SqlValues.instant;
import static com.cartwise.persistence.SqlValues.nullableLong;
import static com.cartwise.persistence.SqlValues.setInstant;
import static com.cartwise.persistence.SqlValues.setNullableLong;

import com.cartwise.application.port.ModelStore;
import com.cartwise.domain.recommend.codec.ModelCodec;
import com.cartwise.domain.recommend.evaluation.EvaluationReport;
import com.cartwise.domain.recommend.learning.LearnedModel;
import com.cartwise.domain.recommend.serving.ModelReport;
import com.cartwise.domain.recommend.serving.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ModelStore} in {@code models} (one row per version, the payload of the newest only) and
 * {@code model_results} (its report).
 */
@Singleton
public final class JdbcModelStore implements ModelStore {
    private static final String COLUMNS = "version, metric, trained_at, orders, training_orders, validation_orders, update_of,"
            + " size_bytes, primary_protocol, primary_measure, chosen";

    private final TransactionalJdbc jdbc;

    public JdbcModelStore(TransactionalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public TrainedModel save(ShopId shop, Instant trainedAt, LearnedModel model, EvaluationReport evaluation, Optional<Long> updateOf) {
        // encoded before the transaction: a large model must not hold the shop's lock while it compresses
        byte[] payload = ModelCodec.encode(model);
        // timestamptz keeps microseconds: answer the instant as latest() will read it back.
        Instant stored = trainedAt.truncatedTo(ChronoUnit.MICROS);
        long version = jdbc.write(connection -> {
            lockShop(connection, shop);
            long newest = latestVersion(connection, shop);
            if (updateOf.isPresent() && updateOf.get() != newest) {
                throw new StaleModelException(shop, updateOf.get(), newest);
            }
            long next = newest + 1;
            insert(connection, shop, next, stored, model, evaluation, updateOf, payload);
            dropOlderPayloads(connection, shop, next);
            ReportRows.insert(connection, shop, next, evaluation);
            return next;
        });
        return new TrainedModel(shop, version, stored, model, evaluation, updateOf);
    }

    @Override
    public Optional<TrainedModel> latest(ShopId shop) {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + ", payload FROM models"
                    + " WHERE shop_id = ? ORDER BY version DESC LIMIT 1")) {
                query.setString(1, shop.value());
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    ModelReport report = report(connection, shop, row);
                    LearnedModel model = ModelCodec.decode(row.getBytes("payload"), report.metric());
                    return Optional.of(new TrainedModel(shop, report.version(), report.trainedAt(), model, report.evaluation(),
                            report.updateOf()));
                }
            }
        });
    }

    @Override
    public long latestVersion(ShopId shop) {
        return jdbc.read(connection -> latestVersion(connection, shop));
    }

    @Override
    public List<NewestModel> newestModels(int limit) {
        return jdbc.read(connection -> {
            // Each shop's newest version by the primary key (shop_id, version), then the most recently trained of those.
            try (PreparedStatement query = connection.prepareStatement("SELECT shop_id, version, trained_at, size_bytes FROM"
                    + " (SELECT DISTINCT ON (shop_id) shop_id, version, trained_at, size_bytes FROM models"
                    + " ORDER BY shop_id, version DESC) newest ORDER BY trained_at DESC, shop_id COLLATE \"C\" LIMIT ?")) {
                query.setInt(1, limit);
                return newest(query);
            }
        });
    }

    @Override
    public List<NewestModel> newestModelsOf(List<ShopId> shops) {
        if (shops.isEmpty()) {
            return List.of();
        }
        Map<ShopId, NewestModel> byShop = new HashMap<>();
        jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT ON (shop_id) shop_id, version, trained_at,"
                    + " size_bytes FROM models WHERE shop_id = ANY (?) ORDER BY shop_id, version DESC")) {
                query.setArray(1, connection.createArrayOf("text", shops.stream().map(ShopId::value).toArray()));
                return newest(query);
            }
        }).forEach(model -> byShop.put(model.shop(), model));
        return shops.stream().distinct().map(byShop::get).filter(Objects::nonNull).toList();
    }

    private static List<NewestModel> newest(PreparedStatement query) throws SQLException {
        List<NewestModel> newest = new ArrayList<>();
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                newest.add(new NewestModel(ShopId.of(row.getString("shop_id")), row.getLong("version"),
                        instant(row, "trained_at"), row.getLong("size_bytes")));
            }
        }
        return newest;
    }

    @Override
    public List<ModelReport> reports(ShopId shop, int limit, java.util.OptionalLong beforeVersion) {
        return jdbc.read(connection -> {
            // Keyset paging on the primary key (shop_id, version): a page costs the same however deep it is.
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM models WHERE shop_id = ?"
                    + " AND version < ? ORDER BY version DESC LIMIT ?")) {
                query.setString(1, shop.value());
                query.setLong(2, beforeVersion.orElse(Long.MAX_VALUE));
                query.setInt(3, limit);
                List<ModelReport> reports = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        reports.add(report(connection, shop, row));
                    }
                }
                return reports;
            }
        });
    }

    @Override
    public Optional<ModelReport> report(ShopId shop, long version) {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM models WHERE shop_id = ?"
                    + " AND version = ?")) {
                query.setString(1, shop.value());
                query.setLong(2, version);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(report(connection, shop, row)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Locks the shop's row until the transaction ends, so that two trainings of one shop number
     * their models one after the other instead of both taking the same next version.
     */
    private static void lockShop(Connection connection, ShopId shop) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM shops WHERE id = ? FOR UPDATE")) {
            lock.setString(1, shop.value());
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no shop '" + shop + "' to store a model for");
                }
            }
        }
    }

    private static long latestVersion(Connection connection, ShopId shop) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT coalesce(max(version), 0) FROM models WHERE shop_id = ?")) {
            query.setString(1, shop.value());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * Only the newest version is ever loaded; the older ones keep their rows for listings and
     * reports. A replica reading the version this one supersedes still reads it whole: its
     * snapshot predates this transaction.
     */
    private static void dropOlderPayloads(Connection connection, ShopId shop, long newest) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE models SET payload = NULL WHERE shop_id = ?"
                + " AND version < ? AND payload IS NOT NULL")) {
            update.setString(1, shop.value());
            update.setLong(2, newest);
            update.executeUpdate();
        }
    }

    private static void insert(Connection connection, ShopId shop, long version, Instant trainedAt, LearnedModel model,
                               EvaluationReport evaluation, Optional<Long> updateOf, byte[] payload) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO models (shop_id, " + COLUMNS + ", payload)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, shop.value());
            insert.setLong(2, version);
            insert.setString(3, model.scorer().wireName());
            setInstant(insert, 4, trainedAt);
            insert.setInt(5, model.counts().orders());
            insert.setInt(6, evaluation.trainingOrders());
            insert.setInt(7, evaluation.validationOrders());
            setNullableLong(insert, 8, updateOf.orElse(null));
            insert.setLong(9, model.bytes());
            insert.setString(10, evaluation.primary().protocol().wireName());
            insert.setString(11, evaluation.primary().wireName());
            insert.setString(12, evaluation.chosen().orElse(null));
            insert.setBytes(13, payload);
            insert.executeUpdate();
        }
    }

    private static ModelReport report(Connection connection, ShopId shop, ResultSet row) throws SQLException {
        long version = row.getLong("version");
        EvaluationReport evaluation = ReportRows.read(connection, shop, version, row);
        return new ModelReport(shop, version, row.getString("metric"), instant(row, "trained_at"), row.getInt("orders"),
                row.getLong("size_bytes"), Optional.ofNullable(nullableLong(row, "update_of")), evaluation);
    }
}
