package com.cartwise.persistence.bundles;

import static com.cartwise.persistence.SqlValues.bigintArray;

import com.cartwise.application.bundles.RuleQuery;
import com.cartwise.application.bundles.StoredRule;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.AssociationRules;
import com.cartwise.domain.bundles.candidates.VariantRule;
import com.cartwise.domain.mining.AssociationRule;
import com.cartwise.domain.mining.Conviction;
import com.cartwise.domain.mining.Itemset;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * {@link AssociationRules} in {@code association_rules}: a shop's latest rules, replaced in one
 * transaction. A rule is stored with its counts, from which every measure is computed again.
 */
@Singleton
public final class JdbcAssociationRules implements AssociationRules {
    private static final int BATCH = 1_000;
    private static final String LIST = """
            SELECT job_id, ordinal, antecedent, consequent, orders, orders_together, antecedent_orders, consequent_orders
            FROM association_rules
            WHERE shop_id = ?
              AND (?::bigint IS NULL OR ?::bigint = ANY (antecedent) OR ?::bigint = ANY (consequent))
              AND (?::double precision IS NULL OR %1$s < ?::double precision OR (%1$s = ?::double precision AND ordinal > ?::integer))
            ORDER BY %1$s DESC, ordinal
            LIMIT ?""";

    private final TransactionalJdbc jdbc;

    public JdbcAssociationRules(TransactionalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void replace(ShopId shop, JobId run, List<VariantRule> rules) {
        jdbc.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM association_rules WHERE shop_id = ?")) {
                delete.setString(1, shop.value());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO association_rules (shop_id, job_id, ordinal, antecedent, consequent, orders, orders_together,
                        antecedent_orders, consequent_orders, support, confidence, lift, leverage, conviction)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < rules.size(); i++) {
                    VariantRule rule = rules.get(i);
                    AssociationRule r = rule.rule();
                    insert.setString(1, shop.value());
                    insert.setObject(2, run.value());
                    insert.setInt(3, i);
                    insert.setArray(4, bigintArray(connection, rule.antecedent()));
                    insert.setArray(5, bigintArray(connection, rule.consequent()));
                    insert.setInt(6, r.transactions());
                    insert.setInt(7, r.supportCount());
                    insert.setInt(8, r.antecedentCount());
                    insert.setInt(9, r.consequentCount());
                    insert.setDouble(10, r.support());
                    insert.setDouble(11, r.confidence());
                    insert.setDouble(12, r.lift());
                    insert.setDouble(13, r.leverage());
                    if (r.conviction() instanceof Conviction.Finite finite) {
                        insert.setDouble(14, finite.value());
                    } else {
                        insert.setNull(14, Types.DOUBLE);
                    }
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<StoredRule> list(RuleQuery q) {
        return jdbc.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(LIST.formatted(column(q.order())))) {
                query.setString(1, q.shop().value());
                for (int i = 2; i <= 4; i++) {
                    if (q.variant().isPresent()) {
                        query.setLong(i, q.variant().getAsLong());
                    } else {
                        query.setNull(i, Types.BIGINT);
                    }
                }
                if (q.after().isPresent()) {
                    query.setDouble(5, q.after().get().value());
                    query.setDouble(6, q.after().get().value());
                    query.setDouble(7, q.after().get().value());
                    query.setInt(8, q.after().get().ordinal());
                } else {
                    query.setNull(5, Types.DOUBLE);
                    query.setNull(6, Types.DOUBLE);
                    query.setNull(7, Types.DOUBLE);
                    query.setNull(8, Types.INTEGER);
                }
                query.setInt(9, q.limit());
                List<StoredRule> rules = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        rules.add(rule(row));
                    }
                }
                return rules;
            }
        });
    }

    /** The sort column, from a closed set: never text from a request. */
    private static String column(RuleQuery.Order order) {
        return switch (order) {
            case LIFT -> "lift";
            case CONFIDENCE -> "confidence";
        };
    }

    /** The rule with stand-in item ids (0..k-1): its measures depend on its counts only. */
    private static StoredRule rule(ResultSet row) throws SQLException {
        List<Long> antecedent = BundleColumns.longs(row.getArray("antecedent"));
        List<Long> consequent = BundleColumns.longs(row.getArray("consequent"));
        int a = antecedent.size();
        AssociationRule rule = new AssociationRule(Itemset.of(IntStream.range(0, a).toArray()),
                Itemset.of(IntStream.range(a, a + consequent.size()).toArray()), row.getInt("orders_together"),
                row.getInt("antecedent_orders"), row.getInt("consequent_orders"), row.getInt("orders"));
        return new StoredRule(new JobId(row.getObject("job_id", UUID.class)), row.getInt("ordinal"),
                new VariantRule(antecedent, consequent, rule));
    }
}
