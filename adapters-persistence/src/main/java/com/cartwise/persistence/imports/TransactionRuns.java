package com.cartwise.persistence.imports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Transaction files are sorted by time, not by invoice, so an invoice's rows may be interrupted by
 * another's (the UCI data's invoice 542806 is). Within one such file, every run of an invoice is
 * the same invoice: the later runs' lines are joined to the first run, numbered on after its
 * lines, before the upload is checked. (In a Shopify orders export a second run is a split
 * order, which the checks refuse.)
 */
final class TransactionRuns {
    private TransactionRuns() {
    }

    static void join(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            // Most uploads hold no transaction file, and most transaction files no interrupted invoice:
            // renumbering a million staged lines for nothing was a second of the checks.
            if (!answersYes(sql, "SELECT EXISTS (SELECT 1 FROM stage_files WHERE format = 'transactions')")) {
                return;
            }
            sql.execute("""
                    CREATE TEMPORARY TABLE order_folds AS
                    SELECT seq, into_seq FROM (
                        SELECT o.seq, first_value(o.seq) OVER (PARTITION BY o.file, o.name ORDER BY o.seq) AS into_seq
                        FROM stage_orders o JOIN stage_files f ON f.file = o.file AND f.format = 'transactions') runs
                    WHERE seq <> into_seq""");
            if (!answersYes(sql, "SELECT EXISTS (SELECT 1 FROM order_folds)")) {
                sql.execute("DROP TABLE order_folds");
                return;
            }
            sql.execute("""
                    WITH joined AS (
                        SELECT l.ctid AS row_id, coalesce(f.into_seq, l.order_seq) AS into_seq,
                               row_number() OVER (PARTITION BY coalesce(f.into_seq, l.order_seq)
                                                  ORDER BY l.order_seq, l.line_number) AS line_number
                        FROM stage_lines l LEFT JOIN order_folds f ON f.seq = l.order_seq
                        WHERE f.seq IS NOT NULL OR l.order_seq IN (SELECT into_seq FROM order_folds))
                    UPDATE stage_lines l SET order_seq = j.into_seq, line_number = j.line_number
                    FROM joined j WHERE l.ctid = j.row_id""");
            // The joined invoice's fingerprint is its runs' fingerprints in order, hashed again.
            sql.execute("""
                    WITH runs AS (
                        SELECT DISTINCT into_seq AS seq, into_seq FROM order_folds
                        UNION ALL SELECT seq, into_seq FROM order_folds),
                    combined AS (
                        SELECT r.into_seq, ('x' || substr(md5(string_agg(o.content_hash::text, ',' ORDER BY o.seq)), 1, 16))::bit(64)::bigint
                               AS content_hash
                        FROM runs r JOIN stage_orders o ON o.seq = r.seq GROUP BY r.into_seq)
                    UPDATE stage_orders o SET content_hash = c.content_hash FROM combined c WHERE o.seq = c.into_seq""");
            sql.execute("DELETE FROM stage_orders WHERE seq IN (SELECT seq FROM order_folds)");
            sql.execute("DROP TABLE order_folds");
        }
    }

    private static boolean answersYes(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            return row.next() && row.getBoolean(1);
        }
    }
}
