package com.cartwise.persistence.imports;

import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.ImportStaging;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRecord;
import com.cartwise.domain.imports.MergeSummary;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.PooledConnections;
import io.micronaut.data.exceptions.DataAccessException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * One import's stage. Until {@link #load()} it only writes local spool files; from there on it
 * holds one connection, whose session owns the staging tables, until it is closed.
 */
final class JdbcStage implements ImportStaging.Stage {
    private final ShopId shop;
    private final JobId job;
    private final PooledConnections connections;
    private final RecordSpooler spooler;
    private Connection connection;
    private boolean merged;

    JdbcStage(ShopId shop, JobId job, PooledConnections connections, RecordSpooler spooler) {
        this.spooler = spooler;
        this.shop = shop;
        this.job = job;
        this.connections = connections;
    }

    @Override
    public void add(ImportRecord record) {
        spooler.add(record);
    }

    @Override
    public void refuse(ImportProblem problem) {
        spooler.refuse(problem);
    }

    @Override
    public void fileRead(int fileIndex, String fileName, UploadFormat format, FileFacts facts) {
        spooler.fileRead(fileIndex, fileName, format, facts);
    }

    @Override
    public long load() {
        try {
            connection = connections.open();
            // One transaction, so that each table is frozen as it is copied (it was made in this
            // transaction): no later scan of the stage stops to set its rows' visibility hints.
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long rows = 0;
            try (Statement statement = connection.createStatement()) {
                statement.execute(SessionStatistics.forThisTransaction());
                for (Spool spool : spooler.spools()) {
                    statement.execute(spool.table().create());
                    try (InputStream in = spool.read()) {
                        rows += copy.copyIn(spool.table().copy(), in);
                    }
                    // Planner statistics: without them a join over a million staged rows may pick a nested loop.
                    statement.execute("ANALYZE " + spool.table().tableName());
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
            return rows;
        } catch (SQLException e) {
            throw new DataAccessException("could not load the import's staged rows: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the import's spool files", e);
        }
    }

    @Override
    public List<ImportProblem> check(boolean lenient, int maxProblems) {
        requireLoaded();
        try {
            return new StagedChecks(connection, shop).run(lenient, maxProblems);
        } catch (SQLException e) {
            throw new DataAccessException("could not check the import's staged rows: " + e.getMessage(), e);
        }
    }

    @Override
    public MergeSummary merge() {
        requireLoaded();
        if (merged) {
            throw new IllegalStateException("a stage merges once");
        }
        try {
            connection.setAutoCommit(false);
            MergeSummary summary;
            StagedMerge merge = new StagedMerge(connection, shop, job, spooler);
            try {
                summary = merge.run();
                connection.commit();
                merged = true;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            merge.refreshStatistics();
            return summary;
        } catch (SQLException e) {
            throw new DataAccessException("could not merge the import: " + e.getMessage(), e);
        }
    }

    private void requireLoaded() {
        if (connection == null) {
            throw new IllegalStateException("load() the stage first");
        }
    }

    @Override
    public void close() {
        spooler.close();
        if (connection == null) {
            return;
        }
        try (Connection c = connection) {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            try (Statement statement = c.createStatement()) {
                // The session goes back to the pool: its staging tables must not.
                statement.execute("DISCARD TEMP");
            }
        } catch (SQLException e) {
            // The pool closes a broken connection; its session's temporary tables die with it.
        } finally {
            connection = null;
        }
    }
}
