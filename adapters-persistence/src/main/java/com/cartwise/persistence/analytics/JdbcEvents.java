package com.cartwise.persistence.analytics;

import com.cartwise.application.port.Events;
import com.cartwise.domain.analytics.Event;
import com.cartwise.domain.analytics.EventId;
import com.cartwise.domain.analytics.RecommendationId;
import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.pricing.BundleOutcome;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.bundles.JdbcBundleOutcomes;
import com.cartwise.persistence.SqlValues;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link Events} in {@code events}: a batch is one multi-row INSERT ... ON CONFLICT DO NOTHING per
 * {@value #ROWS_PER_STATEMENT} events, in one transaction, returning exactly the new events' ids
 * (a retried or repeated id inserts nothing); the bundle outcomes of those new events are added
 * in the same transaction.
 */
@Singleton
public final class JdbcEvents implements Events {
    /** 14 parameters a row: 500 rows stay far below PostgreSQL's 32767 bound parameters. */
    static final int ROWS_PER_STATEMENT = 500;
    private static final String COLUMNS = "INSERT INTO events (shop_id, event_id, type, occurred_at, recommendation_id, variant_id,"
            + " variant_ids, sources, cart_variant_ids, recommendation_ids, order_id, revenue, currency, bundle_key) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final TransactionalJdbc jdbc;

    JdbcEvents(TransactionalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int record(ShopId shop, List<Event> events, Map<EventId, BundleOutcome> outcomes) {
        return jdbc.write(connection -> {
            Set<String> recorded = new HashSet<>();
            for (int from = 0; from < events.size(); from += ROWS_PER_STATEMENT) {
                recorded.addAll(insert(connection, shop, events.subList(from, Math.min(events.size(), from + ROWS_PER_STATEMENT))));
            }
            for (BundleOutcome outcome : pooled(outcomes, recorded)) {
                JdbcBundleOutcomes.add(connection, shop, outcome);
            }
            return recorded.size();
        });
    }

    /**
     * The new events' outcomes, one per bundle and discount, in key order: one upsert per row, and
     * two batches about the same bundles lock their rows in the same order, so they cannot deadlock.
     */
    private static Collection<BundleOutcome> pooled(Map<EventId, BundleOutcome> outcomes, Set<String> recorded) {
        Map<String, BundleOutcome> byRow = new TreeMap<>();
        outcomes.forEach((event, outcome) -> {
            if (recorded.contains(event.value())) {
                byRow.merge(outcome.bundle().value() + " " + outcome.discount().value().toPlainString(), outcome, BundleOutcome::plus);
            }
        });
        return byRow.values();
    }

    /** @return the ids of the rows inserted: those new to the shop, each once */
    private static List<String> insert(Connection connection, ShopId shop, List<Event> rows) throws SQLException {
        String sql = COLUMNS + String.join(", ", java.util.Collections.nCopies(rows.size(), ROW))
                + " ON CONFLICT (shop_id, event_id) DO NOTHING RETURNING event_id";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int p = 0;
            for (Event event : rows) {
                EventRow row = EventRow.of(event);
                insert.setString(++p, shop.value());
                insert.setString(++p, event.id().value());
                insert.setString(++p, event.type().wireName());
                SqlValues.setInstant(insert, ++p, event.occurredAt());
                insert.setString(++p, row.recommendationId().map(RecommendationId::value).orElse(null));
                SqlValues.setNullableLong(insert, ++p, row.variantId());
                insert.setArray(++p, SqlValues.bigintArray(connection, row.variantIds()));
                insert.setArray(++p, SqlValues.textArray(connection, row.sources()));
                insert.setArray(++p, SqlValues.bigintArray(connection, row.cartVariantIds()));
                insert.setArray(++p, SqlValues.textArray(connection, row.recommendationIds()));
                insert.setString(++p, row.orderId().orElse(null));
                if (row.revenue().isPresent()) {
                    insert.setBigDecimal(++p, row.revenue().get().amount());
                    insert.setString(++p, row.revenue().get().currency().getCurrencyCode());
                } else {
                    insert.setNull(++p, Types.NUMERIC);
                    insert.setNull(++p, Types.VARCHAR);
                }
                insert.setString(++p, row.bundleKey().orElse(null));
            }
            List<String> inserted = new ArrayList<>();
            try (ResultSet row = insert.executeQuery()) {
                while (row.next()) {
                    inserted.add(row.getString(1));
                }
            }
            return inserted;
        }
    }

    /** An event spread over the table's columns; what its type does not use stays empty. */
    private record EventRow(Optional<RecommendationId> recommendationId, Long variantId, List<Long> variantIds, List<String> sources,
                            List<Long> cartVariantIds, List<String> recommendationIds, Optional<String> orderId,
                            Optional<Money> revenue, Optional<String> bundleKey) {

        static EventRow of(Event event) {
            return switch (event) {
                case Event.Impression i -> new EventRow(Optional.of(i.recommendationId()), null,
                        i.shown().stream().map(Event.Shown::variantId).toList(),
                        i.shown().stream().map(s -> s.source().wireName()).toList(), i.cartVariantIds(), List.of(),
                        Optional.empty(), Optional.empty(), Optional.empty());
                case Event.Accept a -> new EventRow(Optional.of(a.recommendationId()), a.variantId(), List.of(), List.of(), List.of(),
                        List.of(), Optional.empty(), Optional.empty(), Optional.empty());
                case Event.Purchase p -> new EventRow(Optional.empty(), null, p.variantIds(), List.of(), List.of(),
                        p.recommendationIds().stream().map(RecommendationId::value).toList(), Optional.of(p.orderId()),
                        Optional.of(p.revenue()), Optional.empty());
                case Event.BundleView v -> new EventRow(v.recommendationId(), null, List.of(), List.of(), List.of(), List.of(),
                        Optional.empty(), Optional.empty(), Optional.of(v.bundleKey().value()));
                case Event.BundlePurchase b -> new EventRow(b.recommendationId(), null, List.of(), List.of(), List.of(), List.of(),
                        b.orderId(), Optional.of(b.revenue()), Optional.of(b.bundleKey().value()));
            };
        }
    }
}
