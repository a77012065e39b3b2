package com.cartwise.persistence.jobs;

import static com.cartwise.persistence.SqlValues.setInstant;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobCursor;
import com.cartwise.application.jobs.JobEvent;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.Jobs;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.Refusal;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link Jobs} in {@code jobs} and {@code job_events}. */
@Singleton
public final class JdbcJobs implements Jobs {
    /** PostgreSQL's SQLSTATE for a unique violation: here, a second writer for one shop. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int ENQUEUE_ATTEMPTS = 3;

    private final TransactionalJdbc jdbc;
    private final JobDocuments documents;
    private final JobRows rows;

    JdbcJobs(TransactionalJdbc jdbc, JobDocuments documents) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.rows = new JobRows(documents);
    }

    @Override
    public Enqueued enqueue(Job job) {
        // The writer found busy may finish between the refused insert and the look-up: try again then.
        for (int attempt = 1; attempt <= ENQUEUE_ATTEMPTS; attempt++) {
            Optional<Job> running = tryInsert(job);
            if (running == null) {
                return new Enqueued.Accepted(job);
            }
            if (running.isPresent()) {
                return new Enqueued.ShopBusy(running.get());
            }
        }
        throw new IllegalStateException("could not queue a job for shop " + job.shop() + ": its write slot kept changing hands");
    }

    /** Null when inserted; the busy writer when the slot is taken; empty when it was taken but is free again. */
    private Optional<Job> tryInsert(Job job) {
        try {
            jdbc.write(connection -> {
                insert(connection, job);
                JobEventRows.insert(connection, job.shop(), job.id(), 1, job.createdAt(), job.state(), job.progress());
                return null;
            });
            return null;
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            return activeWriter(job.shop());
        }
    }

    private void insert(Connection connection, Job job) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO jobs (shop_id, id, kind, writes_shop_data, state, phase, percent, message, created_at, request, last_event)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, 1)""")) {
            insert.setString(1, job.shop().value());
            insert.setObject(2, job.id().value());
            insert.setString(3, job.kind().wireName());
            insert.setBoolean(4, job.kind().writesShopData());
            insert.setString(5, job.state().wireName());
            insert.setString(6, job.progress().phase());
            insert.setDouble(7, job.progress().percent());
            insert.setString(8, job.progress().message());
            setInstant(insert, 9, job.createdAt());
            insert.setString(10, documents.request(job.request()));
            insert.executeUpdate();
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<Job> find(ShopId shop, JobId id) {
        return jdbc.read(connection -> one(connection, "SELECT " + JobRows.COLUMNS + " FROM jobs WHERE shop_id = ? AND id = ?",
                shop, id));
    }

    @Override
    public Optional<Job> activeWriter(ShopId shop) {
        return jdbc.read(connection -> one(connection, "SELECT " + JobRows.COLUMNS
                + " FROM jobs WHERE shop_id = ? AND writes_shop_data AND state IN ('queued', 'running')", shop, null));
    }

    @Override
    public List<Job> list(ShopId shop, int limit, Optional<JobCursor> cursor) {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + JobRows.COLUMNS + """
                     FROM jobs WHERE shop_id = ? AND (?::timestamptz IS NULL OR (created_at, id) < (?::timestamptz, ?::uuid))
                    ORDER BY created_at DESC, id DESC LIMIT ?""")) {
                query.setString(1, shop.value());
                if (cursor.isPresent()) {
                    setInstant(query, 2, cursor.get().createdAt());
                    setInstant(query, 3, cursor.get().createdAt());
                    query.setObject(4, cursor.get().id().value());
                } else {
                    query.setNull(2, Types.TIMESTAMP_WITH_TIMEZONE);
                    query.setNull(3, Types.TIMESTAMP_WITH_TIMEZONE);
                    query.setNull(4, Types.OTHER);
                }
                query.setInt(5, limit);
                List<Job> jobs = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        jobs.add(rows.job(row));
                    }
                }
                return jobs;
            }
        });
    }

    @Override
    public Optional<Job> requestCancel(ShopId shop, JobId id, Instant now) {
        return jdbc.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE jobs SET cancel_requested = true,
                        state = CASE WHEN state = 'queued' THEN 'cancelled' ELSE state END,
                        finished_at = CASE WHEN state = 'queued' THEN ? ELSE finished_at END,
                        message = CASE WHEN state = 'queued' THEN 'Cancelled before it started' ELSE message END,
                        last_event = CASE WHEN state = 'queued' THEN last_event + 1 ELSE last_event END
                    WHERE shop_id = ? AND id = ? AND state IN ('queued', 'running') AND NOT committing
                    RETURNING""" + " " + JobRows.COLUMNS + ", last_event")) {
                setInstant(update, 1, now);
                update.setString(2, shop.value());
                update.setObject(3, id.value());
                try (ResultSet row = update.executeQuery()) {
                    if (row.next()) {
                        Job job = rows.job(row);
                        if (job.state().finished()) {
                            JobEventRows.insert(connection, shop, id, row.getLong("last_event"), now, job.state(), job.progress());
                        }
                        return Optional.of(job);
                    }
                }
            }
            return one(connection, "SELECT " + JobRows.COLUMNS + " FROM jobs WHERE shop_id = ? AND id = ?", shop, id);
        });
    }

    @Override
    public List<JobEvent> events(ShopId shop, JobId id, long afterSequence, int limit) {
        return jdbc.read(connection -> JobEventRows.after(connection, shop, id, afterSequence, limit));
    }

    @Override
    public List<Refusal> refusals(ShopId shop, JobId id, long afterOrdinal, int limit) {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT * FROM import_refusals WHERE shop_id = ? AND job_id = ? AND ordinal > ? ORDER BY ordinal LIMIT ?""")) {
                query.setString(1, shop.value());
                query.setObject(2, id.value());
                query.setLong(3, afterOrdinal);
                query.setInt(4, limit);
                List<Refusal> refusals = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        refusals.add(new Refusal(row.getLong("ordinal"), new ImportProblem(row.getString("file"),
                                row.getLong("line"), row.getInt("column_no"), row.getString("column_name"), row.getString("value"),
                                row.getString("reason"))));
                    }
                }
                return refusals;
            }
        });
    }

    private Optional<Job> one(Connection connection, String sql, ShopId shop, JobId id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, shop.value());
            if (id != null) {
                query.setObject(2, id.value());
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(rows.job(row)) : Optional.empty();
            }
        }
    }
}
