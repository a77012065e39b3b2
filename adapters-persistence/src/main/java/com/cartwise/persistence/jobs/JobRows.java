package com.cartwise.persistence.jobs;

import static com.cartwise.persistence.SqlValues.instant;
import static com.cartwise.persistence.SqlValues.strings;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobCounts;
import com.cartwise.application.jobs.JobEvent;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobProgress;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.jobs.JobTally;
import com.cartwise.domain.shop.ShopId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** Rows of {@code jobs} and {@code job_events} as the application's values. */
final class JobRows {
    static final String COLUMNS = "shop_id, id, kind, state, phase, percent, message, rows_read, rows_imported, rows_rejected,"
            + " eta_seconds, created_at, started_at, finished_at, request::text AS request, report::text AS report,"
            + " failure::text AS failure, cancel_requested, attempts, checkpoint, tally_names, tally_values";

    private final JobDocuments documents;

    JobRows(JobDocuments documents) {
        this.documents = documents;
    }

    Job job(ResultSet row) throws SQLException {
        JobKind kind = JobKind.fromWireName(row.getString("kind"));
        return new Job(
                ShopId.of(row.getString("shop_id")),
                new JobId(row.getObject("id", UUID.class)),
                kind,
                JobState.fromWireName(row.getString("state")),
                progress(row),
                instant(row, "created_at"),
                optionalInstant(row, "started_at"),
                optionalInstant(row, "finished_at"),
                documents.request(kind, row.getString("request")),
                Optional.ofNullable(row.getString("report")).map(d -> documents.report(kind, d)),
                Optional.ofNullable(row.getString("failure")).map(documents::failure),
                row.getBoolean("cancel_requested"),
                row.getInt("attempts"),
                Optional.ofNullable(row.getString("checkpoint")));
    }

    static JobEvent event(ResultSet row) throws SQLException {
        return new JobEvent(row.getLong("sequence"), instant(row, "at"), JobState.fromWireName(row.getString("state")), progress(row));
    }

    private static JobProgress progress(ResultSet row) throws SQLException {
        long eta = row.getLong("eta_seconds");
        OptionalLong etaSeconds = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(eta);
        return new JobProgress(row.getString("phase"), row.getDouble("percent"), row.getString("message"),
                new JobCounts(row.getLong("rows_read"), row.getLong("rows_imported"), row.getLong("rows_rejected")), etaSeconds,
                tallies(row));
    }

    private static List<JobTally> tallies(ResultSet row) throws SQLException {
        List<String> names = strings(row.getArray("tally_names"));
        Object[] values = (Object[]) row.getArray("tally_values").getArray();
        List<JobTally> tallies = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            tallies.add(new JobTally(names.get(i), ((Number) values[i]).longValue()));
        }
        return tallies;
    }

    private static Optional<java.time.Instant> optionalInstant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
    }
}
