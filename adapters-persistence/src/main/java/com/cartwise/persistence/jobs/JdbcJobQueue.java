package com.cartwise.persistence.jobs;

import static com.cartwise.persistence.SqlValues.setInstant;
import static com.cartwise.persistence.SqlValues.textArray;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobFailure;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobProgress;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.port.JobQueue;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link JobQueue} on {@code jobs}: a claim takes the oldest queued job with {@code FOR UPDATE SKIP
 * LOCKED}, so that workers of any number of instances never take the same job, and holds it by a
 * lease that every later write checks.
 */
@Singleton
public final class JdbcJobQueue implements JobQueue {
    private final TransactionalJdbc jdbc;
    private final JobDocuments documents;
    private final JobRows rows;

    JdbcJobQueue(TransactionalJdbc jdbc, JobDocuments documents) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.rows = new JobRows(documents);
    }

    @Override
    public Optional<Job> claim(String owner, Set<JobKind> kinds, Duration lease, Instant now) {
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.write(connection -> {
            try (PreparedStatement claim = connection.prepareStatement("""
                    WITH next AS (
                        SELECT shop_id, id FROM jobs WHERE state = 'queued' AND kind = ANY (?)
                        ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)
                    UPDATE jobs j SET state = 'running', lease_owner = ?, lease_expires_at = ?, attempts = attempts + 1, committing = false,
                        started_at = coalesce(started_at, ?), phase = 'starting',
                        message = CASE WHEN attempts = 0 THEN 'Started' ELSE 'Resumed by another worker' END,
                        last_event = last_event + 1
                    FROM next WHERE j.shop_id = next.shop_id AND j.id = next.id
                    RETURNING""" + " " + prefixed("j") + ", j.last_event")) {
                claim.setArray(1, textArray(connection, kinds.stream().map(JobKind::wireName).toList()));
                claim.setString(2, owner);
                setInstant(claim, 3, now.plus(lease));
                setInstant(claim, 4, now);
                try (ResultSet row = claim.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<Job>empty();
                    }
                    Job job = rows.job(row);
                    JobEventRows.insert(connection, job.shop(), job.id(), row.getLong("last_event"), now, job.state(), job.progress());
                    return Optional.of(job);
                }
            }
        });
    }

    @Override
    public Lease renew(ShopId shop, JobId id, String owner, Duration lease, Instant now) {
        return jdbc.write(connection -> {
            try (PreparedStatement renew = connection.prepareStatement("""
                    UPDATE jobs SET lease_expires_at = ?
                    WHERE shop_id = ? AND id = ? AND state = 'running' AND lease_owner = ?
                    RETURNING cancel_requested""")) {
                setInstant(renew, 1, now.plus(lease));
                renew.setString(2, shop.value());
                renew.setObject(3, id.value());
                renew.setString(4, owner);
                try (ResultSet row = renew.executeQuery()) {
                    return row.next() ? new Lease(true, row.getBoolean(1)) : new Lease(false, false);
                }
            }
        });
    }

    @Override
    public boolean report(ShopId shop, JobId id, String owner, JobProgress progress, Instant now) {
        return jdbc.write(connection -> update(connection, shop, id, owner, JobState.RUNNING, progress, now, null));
    }

    @Override
    public CommitPoint passCommitPoint(ShopId shop, JobId id, String owner) {
        return jdbc.write(connection -> {
            // The row lock taken by the UPDATE orders this against a concurrent cancel request:
            // whichever commits first decides, and the other sees its result.
            try (PreparedStatement pass = connection.prepareStatement("""
                    UPDATE jobs SET committing = NOT cancel_requested
                    WHERE shop_id = ? AND id = ? AND state = 'running' AND lease_owner = ?
                    RETURNING committing""")) {
                pass.setString(1, shop.value());
                pass.setObject(2, id.value());
                pass.setString(3, owner);
                try (ResultSet row = pass.executeQuery()) {
                    if (!row.next()) {
                        return CommitPoint.NOT_HELD;
                    }
                    return row.getBoolean(1) ? CommitPoint.PASSED : CommitPoint.CANCEL_REQUESTED;
                }
            }
        });
    }

    @Override
    public boolean checkpoint(ShopId shop, JobId id, String owner, String checkpoint) {
        return jdbc.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE jobs SET checkpoint = ? WHERE shop_id = ? AND id = ? AND state = 'running' AND lease_owner = ?""")) {
                update.setString(1, checkpoint);
                update.setString(2, shop.value());
                update.setObject(3, id.value());
                update.setString(4, owner);
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean finish(ShopId shop, JobId id, String owner, Ending ending, Instant now) {
        return jdbc.write(connection -> update(connection, shop, id, owner, ending.state(), ending.progress(), now, ending));
    }

    /**
     * Writes progress, or the job's end, if {@code owner} still holds it, and records the event
     * followers replay. Percent only ever rises: the greater of stored and new is kept.
     */
    private boolean update(Connection connection, ShopId shop, JobId id, String owner, JobState state, JobProgress progress,
                           Instant now, Ending ending) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE jobs SET state = ?, phase = ?, percent = greatest(percent, ?), message = ?, rows_read = ?,
                    rows_imported = ?, rows_rejected = ?, eta_seconds = ?, tally_names = ?, tally_values = ?,
                    last_event = last_event + 1,
                    finished_at = CASE WHEN ? THEN ?::timestamptz ELSE finished_at END,
                    lease_owner = CASE WHEN ? THEN NULL ELSE lease_owner END,
                    lease_expires_at = CASE WHEN ? THEN NULL ELSE lease_expires_at END,
                    report = coalesce(?::jsonb, report), failure = coalesce(?::jsonb, failure)
                WHERE shop_id = ? AND id = ? AND state = 'running' AND lease_owner = ?
                RETURNING last_event, percent""")) {
            boolean ends = ending != null;
            int i = 1;
            update.setString(i++, state.wireName());
            update.setString(i++, progress.phase());
            update.setDouble(i++, progress.percent());
            update.setString(i++, progress.message());
            update.setLong(i++, progress.counts().read());
            update.setLong(i++, progress.counts().imported());
            update.setLong(i++, progress.counts().rejected());
            if (progress.etaSeconds().isPresent()) {
                update.setLong(i++, progress.etaSeconds().getAsLong());
            } else {
                update.setNull(i++, Types.BIGINT);
            }
            update.setArray(i++, JobEventRows.tallyNames(connection, progress));
            update.setArray(i++, JobEventRows.tallyValues(connection, progress));
            update.setBoolean(i++, ends);
            setInstant(update, i++, now);
            update.setBoolean(i++, ends);
            update.setBoolean(i++, ends);
            update.setString(i++, ends ? ending.report().map(documents::report).orElse(null) : null);
            update.setString(i++, ends ? ending.failure().map(documents::failure).orElse(null) : null);
            update.setString(i++, shop.value());
            update.setObject(i++, id.value());
            update.setString(i, owner);
            try (ResultSet row = update.executeQuery()) {
                if (!row.next()) {
                    return false;
                }
                JobProgress stored = new JobProgress(progress.phase(), row.getDouble("percent"), progress.message(),
                        progress.counts(), progress.etaSeconds(), progress.tallies());
                JobEventRows.insert(connection, shop, id, row.getLong("last_event"), now, state, stored);
                return true;
            }
        }
    }

    @Override
    public List<Job> reapExpired(Set<JobKind> resumable, Instant now) {
        return jdbc.write(connection -> {
            List<Job> expired = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT " + JobRows.COLUMNS
                    + " FROM jobs WHERE state = 'running' AND lease_expires_at < ? FOR UPDATE SKIP LOCKED")) {
                setInstant(query, 1, now);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        expired.add(rows.job(row));
                    }
                }
            }
            List<Job> changed = new ArrayList<>();
            for (Job job : expired) {
                changed.add(resumable.contains(job.kind()) ? requeue(connection, job, now) : fail(connection, job, now));
            }
            return changed;
        });
    }

    private Job requeue(Connection connection, Job job, Instant now) throws SQLException {
        return end(connection, job, now, "queued", "Its worker stopped; waiting to resume from its last checkpoint", null);
    }

    private Job fail(Connection connection, Job job, Instant now) throws SQLException {
        JobFailure lost = JobFailure.of(JobFailure.WORKER_LOST, "The instance running this job stopped (crashed, or was killed)"
                + " before it finished; nothing of it was kept. Start it again.");
        return end(connection, job, now, "failed", lost.detail(), documents.failure(lost));
    }

    private Job end(Connection connection, Job job, Instant now, String state, String message, String failure) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE jobs SET state = ?, message = ?, lease_owner = NULL, lease_expires_at = NULL, eta_seconds = NULL,
                    finished_at = CASE WHEN ? = 'failed' THEN ?::timestamptz ELSE NULL END,
                    failure = coalesce(?::jsonb, failure), last_event = last_event + 1
                WHERE shop_id = ? AND id = ?
                RETURNING""" + " " + JobRows.COLUMNS + ", last_event")) {
            update.setString(1, state);
            update.setString(2, message);
            update.setString(3, state);
            setInstant(update, 4, now);
            update.setString(5, failure);
            update.setString(6, job.shop().value());
            update.setObject(7, job.id().value());
            try (ResultSet row = update.executeQuery()) {
                row.next();
                Job changed = rows.job(row);
                JobEventRows.insert(connection, changed.shop(), changed.id(), row.getLong("last_event"), now, changed.state(),
                        changed.progress());
                return changed;
            }
        }
    }

    private static String prefixed(String alias) {
        StringBuilder s = new StringBuilder();
        for (String column : JobRows.COLUMNS.split(",")) {
            if (!s.isEmpty()) {
                s.append(',');
            }
            s.append(' ').append(alias).append('.').append(column.strip());
        }
        return s.toString();
    }
}
