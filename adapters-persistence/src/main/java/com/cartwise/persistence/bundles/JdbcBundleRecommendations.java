package com.cartwise.persistence.bundles;

import static com.cartwise.persistence.SqlValues.instant;
import static com.cartwise.persistence.SqlValues.setInstant;

import com.cartwise.application.bundles.BundleRecommendation;
import com.cartwise.application.bundles.RecommendationQuery;
import com.cartwise.application.bundles.Review;
import com.cartwise.application.bundles.ReviewStatus;
import com.cartwise.application.bundles.review.StandingReview;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.BundleRecommendations;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link BundleRecommendations} in {@code bundle_recommendations}: one row per shop and bundle key. */
@Singleton
public final class JdbcBundleRecommendations implements BundleRecommendations {
    private static final String COLUMNS = BundleColumns.list() + ", job_id, wave, published_at, status, note, reviewed_at";
    /** Writes a bundle as proposed: whether it may replace a stored one is StandingReview's to say, before. */
    private static final String PUBLISH = "INSERT INTO bundle_recommendations (shop_id, " + BundleColumns.list()
            + ", job_id, wave, published_at) VALUES (?, " + BundleColumns.placeholders() + ", ?, ?, ?)"
            + " ON CONFLICT (shop_id, bundle_key) DO UPDATE SET " + BundleColumns.setFromExcluded()
            + ", job_id = excluded.job_id, wave = excluded.wave, published_at = excluded.published_at"
            + ", status = 'proposed', note = NULL, reviewed_at = NULL";
    /** The wave's bundles the shop has already, locked: a review waits for the wave, and so applies to what it wrote. */
    private static final String STORED_FOR_UPDATE = "SELECT " + COLUMNS
            + " FROM bundle_recommendations WHERE shop_id = ? AND bundle_key = ANY (?) FOR UPDATE";
    private static final String LIST = "SELECT " + COLUMNS + """
             FROM bundle_recommendations
            WHERE shop_id = ?
              AND (?::text IS NULL OR objective = ?::text)
              AND (?::text IS NULL OR type = ?::text)
              AND (?::text IS NULL OR status = ?::text)
              AND (?::integer IS NULL OR wave = ?::integer)
              AND (?::uuid IS NULL OR job_id = ?::uuid)
              AND (?::integer IS NULL OR (rank, bundle_key) > (?::integer, ?::text))
            ORDER BY rank, bundle_key
            LIMIT ?""";

    private final TransactionalJdbc jdbc;

    public JdbcBundleRecommendations(TransactionalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int publish(ShopId shop, List<BundleRecommendation> wave) {
        if (wave.isEmpty()) {
            return 0;
        }
        return jdbc.write(connection -> {
            Map<BundleKey, BundleRecommendation> stored = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(STORED_FOR_UPDATE)) {
                query.setString(1, shop.value());
                query.setArray(2, connection.createArrayOf("text", wave.stream().map(r -> r.key().value()).toArray()));
                rows(query).forEach(r -> stored.put(r.key(), r));
            }
            int approvalsProposedAnew = 0;
            try (PreparedStatement insert = connection.prepareStatement(PUBLISH)) {
                for (BundleRecommendation r : wave) {
                    BundleRecommendation old = stored.get(r.key());
                    if (old != null && StandingReview.standsOver(old, r)) {
                        continue;
                    }
                    approvalsProposedAnew += old != null && StandingReview.withdrawsApproval(old, r) ? 1 : 0;
                    insert.setString(1, shop.value());
                    int i = BundleColumns.set(insert, 2, connection, r.proposal());
                    insert.setObject(i++, r.run().value());
                    insert.setInt(i++, r.wave());
                    setInstant(insert, i, r.publishedAt());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return approvalsProposedAnew;
        });
    }

    @Override
    public int retireAllBut(ShopId shop, JobId run) {
        return jdbc.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM bundle_recommendations WHERE shop_id = ? AND status = 'proposed'"
                            + " AND (job_id <> ? OR 'quick_start' = ANY (sources))")) {
                delete.setString(1, shop.value());
                delete.setObject(2, run.value());
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public boolean any(ShopId shop) {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT EXISTS (SELECT 1 FROM bundle_recommendations WHERE shop_id = ?)")) {
                query.setString(1, shop.value());
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getBoolean(1);
                }
            }
        });
    }

    @Override
    public List<BundleRecommendation> list(RecommendationQuery q) {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(LIST)) {
                int i = 1;
                query.setString(i++, q.shop().value());
                i = pair(query, i, q.objective().map(o -> o.wireName()).orElse(null));
                i = pair(query, i, q.type().map(t -> t.wireName()).orElse(null));
                i = pair(query, i, q.status().map(ReviewStatus::wireName).orElse(null));
                for (int n = 0; n < 2; n++) {
                    if (q.wave().isPresent()) {
                        query.setInt(i++, q.wave().getAsInt());
                    } else {
                        query.setNull(i++, Types.INTEGER);
                    }
                }
                for (int n = 0; n < 2; n++) {
                    query.setObject(i++, q.run().map(JobId::value).orElse(null), Types.OTHER);
                }
                if (q.after().isPresent()) {
                    query.setInt(i++, q.after().get().rank());
                    query.setInt(i++, q.after().get().rank());
                    query.setString(i++, q.after().get().key().value());
                } else {
                    query.setNull(i++, Types.INTEGER);
                    query.setNull(i++, Types.INTEGER);
                    query.setNull(i++, Types.VARCHAR);
                }
                query.setInt(i, q.limit());
                return rows(query);
            }
        });
    }

    @Override
    public Optional<BundleRecommendation> find(ShopId shop, BundleKey key) {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM bundle_recommendations WHERE shop_id = ? AND bundle_key = ?")) {
                query.setString(1, shop.value());
                query.setString(2, key.value());
                return rows(query).stream().findFirst();
            }
        });
    }

    @Override
    public Optional<BundleRecommendation> review(ShopId shop, BundleKey key, Review review) {
        return jdbc.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE bundle_recommendations SET status = ?, note = ?,"
                    + " reviewed_at = ? WHERE shop_id = ? AND bundle_key = ? RETURNING " + COLUMNS)) {
                update.setString(1, review.status().wireName());
                update.setString(2, review.note().orElse(null));
                if (review.reviewedAt().isPresent()) {
                    setInstant(update, 3, review.reviewedAt().get());
                } else {
                    update.setNull(3, Types.TIMESTAMP_WITH_TIMEZONE);
                }
                update.setString(4, shop.value());
                update.setString(5, key.value());
                return rows(update).stream().findFirst();
            }
        });
    }

    private static int pair(PreparedStatement query, int i, String value) throws SQLException {
        query.setString(i, value);
        query.setString(i + 1, value);
        return i + 2;
    }

    private static List<BundleRecommendation> rows(PreparedStatement statement) throws SQLException {
        List<BundleRecommendation> found = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                found.add(recommendation(row));
            }
        }
        return found;
    }

    private static BundleRecommendation recommendation(ResultSet row) throws SQLException {
        OffsetDateTime reviewedAt = row.getObject("reviewed_at", OffsetDateTime.class);
        Review review = new Review(ReviewStatus.fromWireName(row.getString("status")), Optional.ofNullable(row.getString("note")),
                Optional.ofNullable(reviewedAt).map(OffsetDateTime::toInstant));
        return new BundleRecommendation(BundleColumns.read(row), new JobId(row.getObject("job_id", UUID.class)), row.getInt("wave"),
                instant(row, "published_at"), review);
    }
}
