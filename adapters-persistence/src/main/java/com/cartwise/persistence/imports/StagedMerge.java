package com.cartwise.persistence.imports;

import com.cartwise.application.jobs.JobId;
import com.cartwise.domain.imports.MergeCounts;
import com.cartwise.domain.imports.MergeSummary;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.shop.ShopId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merge of one import, inside the transaction its stage opened: the catalogue first (orders
 * resolve against it), then stock, customers and orders, then the stored lines the catalogue
 * changes may resolve differently, then the refused rows' report.
 */
final class StagedMerge {
    static final String WORK_MEMORY = "64MB";
    private final ShopSql sql;
    private final ShopId shop;
    private final JobId job;
    private final RecordSpooler spooler;
    private List<String> analyzeAfterCommit = List.of();

    StagedMerge(Connection connection, ShopId shop, JobId job, RecordSpooler spooler) {
        this.sql = new ShopSql(connection, shop.value());
        this.shop = shop;
        this.job = job;
        this.spooler = spooler;
    }

    MergeSummary run() throws SQLException {
        List<UploadFormat> formats = formats();
        FileCounts counts = new FileCounts(formats.size());
        // Joins and sorts over a million staged rows spilled to disk at the default 4 MB (EXPLAIN ANALYZE,
        // docs/BENCHMARKS.md); the setting ends with the transaction.
        sql.update("SET LOCAL work_mem = '" + WORK_MEMORY + "'");
        sql.update(SessionStatistics.forThisTransaction());
        // The shop's row stays locked until commit: whatever else writes the shop waits for this merge.
        sql.lock("SELECT id FROM shops WHERE id = ? FOR UPDATE");
        boolean keysChanged = RunCatalogMerge.run(sql, counts);
        keysChanged |= CatalogMerge.run(sql, counts);
        boolean stockChanged = InventoryMerge.run(sql, counts);
        CustomerMerge.run(sql, counts);
        boolean orders = OrderMerge.stagedOrders(sql);
        keysChanged |= OrderMerge.addItems(sql, counts, spooler.anyLineCreatesVariant());
        boolean catalogueChanged = keysChanged || stockChanged || sql.exists("SELECT 1 FROM stage_variants");
        if (keysChanged || orders) {
            LineResolution.prepare(sql, keysChanged ? LineResolution.Scope.STORED_LINES : LineResolution.Scope.UPLOADED_LINES);
        }
        if (keysChanged) {
            LineResolution.reresolveStoredLines(sql);
        }
        OrderMerge.Merged merged = OrderMerge.Merged.NONE;
        if (orders) {
            LineResolution.resolveLineKeys(sql);
            merged = OrderMerge.run(sql, counts, spooler.anyLineUnkeyed());
        }
        analyzeAfterCommit = StatisticsRefresh.tables(catalogueChanged, merged.written(), merged.numberedBefore());
        keepRefusals();
        for (int file = 0; file < formats.size(); file++) {
            counts.add(file, MergeCounts.IMAGE_ROWS, spooler.imageRows(file));
        }
        return new MergeSummary(inFormatOrder(counts, formats), catalogueChanged, merged.changed(), merged.addedAfter());
    }

    /** After the commit: the shop tables the merge changed enough to analyze at once ({@link StatisticsRefresh}). */
    void refreshStatistics() throws SQLException {
        try (Statement statement = sql.connection().createStatement()) {
            for (String table : analyzeAfterCommit) {
                statement.execute("ANALYZE " + table);
            }
        }
    }

    private void keepRefusals() throws SQLException {
        try (PreparedStatement insert = sql.connection().prepareStatement("""
                INSERT INTO import_refusals (shop_id, job_id, ordinal, file, line, column_no, column_name, value, reason)
                SELECT ?, ?, row_number() OVER (ORDER BY ordinal), file, line, column_no, column_name, value, reason
                FROM stage_refusals""")) {
            insert.setString(1, shop.value());
            insert.setObject(2, job.value());
            insert.executeUpdate();
        }
    }

    private List<UploadFormat> formats() throws SQLException {
        List<UploadFormat> formats = new ArrayList<>();
        try (Statement statement = sql.connection().createStatement();
             ResultSet row = statement.executeQuery("SELECT format FROM stage_files ORDER BY file")) {
            while (row.next()) {
                formats.add(UploadFormat.fromWireName(row.getString(1)));
            }
        }
        return formats;
    }

    /** Each file's counts under its format's names, in their order, 0 for what did not happen. */
    private static List<Map<String, Long>> inFormatOrder(FileCounts counts, List<UploadFormat> formats) {
        List<Map<String, Long>> ordered = new ArrayList<>();
        for (int file = 0; file < formats.size(); file++) {
            Map<String, Long> found = counts.perFile().get(file);
            Map<String, Long> named = new LinkedHashMap<>();
            MergeCounts.of(formats.get(file)).forEach(name -> named.put(name, found.getOrDefault(name, 0L)));
            ordered.add(named);
        }
        return ordered;
    }
}
