package com.cartwise.persistence.jobs;

import static com.cartwise.persistence.SqlValues.bigintArray;
import static com.cartwise.persistence.SqlValues.setInstant;
import static com.cartwise.persistence.SqlValues.textArray;

import com.cartwise.application.jobs.JobEvent;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobProgress;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.jobs.JobTally;
import com.cartwise.domain.shop.ShopId;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The statements of {@code job_events}: one row per change a follower should see. */
final class JobEventRows {
    private JobEventRows() {
    }

    static void insert(Connection connection, ShopId shop, JobId job, long sequence, Instant at, JobState state,
                       JobProgress progress) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO job_events (shop_id, job_id, sequence, at, state, phase, percent, message, rows_read, rows_imported,
                    rows_rejected, eta_seconds, tally_names, tally_values)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, shop.value());
            insert.setObject(2, job.value());
            insert.setLong(3, sequence);
            setInstant(insert, 4, at);
            insert.setString(5, state.wireName());
            insert.setString(6, progress.phase());
            insert.setDouble(7, progress.percent());
            insert.setString(8, progress.message());
            insert.setLong(9, progress.counts().read());
            insert.setLong(10, progress.counts().imported());
            insert.setLong(11, progress.counts().rejected());
            if (progress.etaSeconds().isPresent()) {
                insert.setLong(12, progress.etaSeconds().getAsLong());
            } else {
                insert.setNull(12, Types.BIGINT);
            }
            insert.setArray(13, tallyNames(connection, progress));
            insert.setArray(14, tallyValues(connection, progress));
            insert.executeUpdate();
        }
    }

    static Array tallyNames(Connection connection, JobProgress progress) throws SQLException {
        return textArray(connection, progress.tallies().stream().map(JobTally::name).toList());
    }

    static Array tallyValues(Connection connection, JobProgress progress) throws SQLException {
        return bigintArray(connection, progress.tallies().stream().map(JobTally::count).toList());
    }

    static List<JobEvent> after(Connection connection, ShopId shop, JobId job, long afterSequence, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT * FROM job_events WHERE shop_id = ? AND job_id = ? AND sequence > ? ORDER BY sequence LIMIT ?""")) {
            query.setString(1, shop.value());
            query.setObject(2, job.value());
            query.setLong(3, afterSequence);
            query.setInt(4, limit);
            List<JobEvent> events = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    events.add(JobRows.event(row));
                }
            }
            return events;
        }
    }
}
