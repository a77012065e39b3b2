package com.cartwise.persistence.recommend;

import com.cartwise.domain.recommend.evaluation.EvaluationReport;
import com.cartwise.domain.recommend.evaluation.PrimaryMeasure;
import com.cartwise.domain.recommend.evaluation.Protocol;
import com.cartwise.domain.recommend.evaluation.ProtocolResult;
import com.cartwise.domain.recommend.evaluation.Role;
import com.cartwise.domain.recommend.evaluation.ScorerResult;
import com.cartwise.domain.shop.ShopId;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A model's evaluation report as rows of {@code model_results}: one per scorer and protocol, in the report's order. */
final class ReportRows {
    private ReportRows() {
    }

    static void insert(Connection connection, ShopId shop, long version, EvaluationReport report) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO model_results (shop_id, version, ordinal, scorer,"
                + " role, simplicity, protocol, cases, catalogue, hits_at_place, covered_within)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int ordinal = 0; ordinal < report.results().size(); ordinal++) {
                ScorerResult r = report.results().get(ordinal);
                for (ProtocolResult p : r.protocols()) {
                    insert.setString(1, shop.value());
                    insert.setLong(2, version);
                    insert.setInt(3, ordinal);
                    insert.setString(4, r.name());
                    insert.setString(5, r.role().wireName());
                    insert.setInt(6, r.simplicity());
                    insert.setString(7, p.protocol().wireName());
                    insert.setInt(8, p.cases());
                    insert.setInt(9, p.catalogue());
                    insert.setArray(10, integers(connection, p.hitsAtPlace()));
                    insert.setArray(11, integers(connection, p.coveredWithin()));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** @param model the model's row, for the split and the primary measure */
    static EvaluationReport read(Connection connection, ShopId shop, long version, ResultSet model) throws SQLException {
        Map<Integer, List<ProtocolResult>> protocols = new LinkedHashMap<>();
        Map<Integer, ScorerResult> heads = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM model_results WHERE shop_id = ? AND version = ?"
                + " ORDER BY ordinal, protocol DESC")) {
            query.setString(1, shop.value());
            query.setLong(2, version);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    int ordinal = row.getInt("ordinal");
                    protocols.computeIfAbsent(ordinal, o -> new ArrayList<>()).add(new ProtocolResult(
                            Protocol.fromWireName(row.getString("protocol")), row.getInt("cases"), ints(row.getArray("hits_at_place")),
                            ints(row.getArray("covered_within")), row.getInt("catalogue")));
                    heads.putIfAbsent(ordinal, new ScorerResult(row.getString("scorer"), Role.fromWireName(row.getString("role")),
                            row.getInt("simplicity"), List.of()));
                }
            }
        }
        List<ScorerResult> results = new ArrayList<>();
        heads.forEach((ordinal, head) -> results.add(new ScorerResult(head.name(), head.role(), head.simplicity(), protocols.get(ordinal))));
        PrimaryMeasure primary = PrimaryMeasure.parse(Protocol.fromWireName(model.getString("primary_protocol")),
                model.getString("primary_measure"));
        return new EvaluationReport(model.getInt("training_orders"), model.getInt("validation_orders"), primary, results,
                Optional.ofNullable(model.getString("chosen")));
    }

    private static Array integers(Connection connection, int[] values) throws SQLException {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return connection.createArrayOf("integer", boxed);
    }

    private static int[] ints(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ints[i] = ((Number) values[i]).intValue();
        }
        return ints;
    }
}
