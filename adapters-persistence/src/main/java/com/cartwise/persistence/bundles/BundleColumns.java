package com.cartwise.persistence.bundles;

import static com.cartwise.persistence.SqlValues.bigintArray;
import static com.cartwise.persistence.SqlValues.strings;
import static com.cartwise.persistence.SqlValues.textArray;

import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.CandidateSource;
import com.cartwise.domain.bundles.Evidence;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.copy.BundleCopy;
import com.cartwise.domain.bundles.copy.ProposedBundle;
import com.cartwise.domain.bundles.explanation.ExplainedBundle;
import com.cartwise.domain.bundles.explanation.Explanation;
import com.cartwise.domain.bundles.ranking.BundleOutlook;
import com.cartwise.domain.bundles.ranking.Features;
import com.cartwise.domain.bundles.ranking.RankedCandidate;
import com.cartwise.domain.pricing.BundlePrice;
import com.cartwise.domain.pricing.CapRange;
import com.cartwise.domain.pricing.DiscountBasis;
import com.cartwise.domain.pricing.DiscountRate;
import com.cartwise.domain.pricing.PricedBundle;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A proposed bundle as the columns {@code bundle_recommendations} and {@code active_bundles} share:
 * its candidate and evidence, features, score, rank and outlook, price, offer ({@link OfferColumns}),
 * explanation and copy. Written and read back value for value (money as numeric, never rounded).
 */
final class BundleColumns {
    static final List<String> NAMES = List.of("bundle_key", "type", "objective", "variant_ids", "sources", "orders", "orders_together",
            "variant_orders", "pair_orders", "confidence", "co_visitation", "lift", "inventory", "price_sanity", "score", "rank",
            "expected_revenue", "expected_margin", "inventory_risk", "currency", "list_price", "price", "discount", "discount_basis",
            "discount_min", "discount_max", "limited_by_cost", "margin", "offer_kind", "offer_discount", "offer_picks",
            "buy_variant_id", "get_variant_id", "tier_quantities", "tier_discounts", "tier_unit_prices", "explanation", "title",
            "description", "tagline", "copy_writer", "copy_key");

    private BundleColumns() {
    }

    /** "a, b, c" */
    static String list() {
        return String.join(", ", NAMES);
    }

    /** "?, ?, ?" */
    static String placeholders() {
        return String.join(", ", NAMES.stream().map(n -> "?").toList());
    }

    /** "a = excluded.a, ..." for an upsert. */
    static String setFromExcluded() {
        return String.join(", ", NAMES.stream().filter(n -> !n.equals("bundle_key")).map(n -> n + " = excluded." + n).toList());
    }

    /** Sets the columns from parameter {@code first} on, in {@link #NAMES}' order; answers the next parameter's index. */
    static int set(PreparedStatement statement, int first, Connection connection, ProposedBundle bundle) throws SQLException {
        RankedCandidate ranked = bundle.bundle().priced().ranked();
        Candidate candidate = ranked.candidate();
        Evidence evidence = candidate.evidence();
        BundlePrice price = bundle.bundle().priced().price();
        int i = first;
        statement.setString(i++, candidate.key().value());
        statement.setString(i++, candidate.type().wireName());
        statement.setString(i++, candidate.objective().wireName());
        statement.setArray(i++, bigintArray(connection, candidate.variantIds()));
        statement.setArray(i++, textArray(connection, EnumSet.copyOf(candidate.sources()).stream().map(CandidateSource::wireName).toList()));
        statement.setInt(i++, evidence.orders());
        statement.setInt(i++, evidence.together());
        statement.setArray(i++, connection.createArrayOf("integer", evidence.variantOrders().toArray()));
        statement.setArray(i++, connection.createArrayOf("integer", evidence.pairTogether().toArray()));
        Features f = ranked.features();
        for (double value : new double[] {f.confidence(), f.coVisitation(), f.lift(), f.inventory(), f.priceSanity(), ranked.score()}) {
            statement.setDouble(i++, value);
        }
        statement.setInt(i++, ranked.rank());
        statement.setDouble(i++, ranked.outlook().expectedRevenue());
        statement.setDouble(i++, ranked.outlook().expectedMargin());
        statement.setDouble(i++, ranked.outlook().inventoryRisk());
        statement.setString(i++, price.currency().getCurrencyCode());
        statement.setBigDecimal(i++, price.listPrice());
        statement.setBigDecimal(i++, price.price());
        statement.setBigDecimal(i++, price.effectiveRate().value());
        statement.setString(i++, price.basis().wireName());
        statement.setBigDecimal(i++, price.caps().min().value());
        statement.setBigDecimal(i++, price.caps().max().value());
        statement.setBoolean(i++, price.limitedByCost());
        statement.setBigDecimal(i++, price.margin());
        i = OfferColumns.set(statement, i, connection, price.offer());
        statement.setArray(i++, textArray(connection, bundle.bundle().explanation().reasons()));
        statement.setString(i++, bundle.copy().title());
        statement.setString(i++, bundle.copy().description());
        statement.setString(i++, bundle.copy().tagline());
        statement.setString(i++, bundle.copy().writer());
        statement.setString(i++, bundle.copyKey());
        return i;
    }

    static ProposedBundle read(ResultSet row) throws SQLException {
        List<Long> variantIds = longs(row.getArray("variant_ids"));
        Evidence evidence = new Evidence(row.getInt("orders"), row.getInt("orders_together"), variantIds, ints(row.getArray("variant_orders")),
                ints(row.getArray("pair_orders")));
        Candidate candidate = new Candidate(BundleType.fromWireName(row.getString("type")), Objective.fromWireName(row.getString("objective")),
                variantIds, sources(row.getArray("sources")), evidence);
        RankedCandidate ranked = new RankedCandidate(candidate, new Features(row.getDouble("confidence"), row.getDouble("co_visitation"),
                row.getDouble("lift"), row.getDouble("inventory"), row.getDouble("price_sanity")), row.getDouble("score"),
                new BundleOutlook(row.getDouble("expected_revenue"), row.getDouble("expected_margin"), row.getDouble("inventory_risk")),
                row.getInt("rank"));
        BundlePrice price = new BundlePrice(Currency.getInstance(row.getString("currency")), row.getBigDecimal("list_price"),
                row.getBigDecimal("price"), OfferColumns.read(row), new DiscountRate(row.getBigDecimal("discount")),
                basis(row.getString("discount_basis")), new CapRange(new DiscountRate(row.getBigDecimal("discount_min")),
                        new DiscountRate(row.getBigDecimal("discount_max"))), row.getBoolean("limited_by_cost"), row.getBigDecimal("margin"));
        ExplainedBundle explained = new ExplainedBundle(new PricedBundle(ranked, price), new Explanation(strings(row.getArray("explanation"))));
        return new ProposedBundle(explained, new BundleCopy(row.getString("title"), row.getString("description"), row.getString("tagline"),
                row.getString("copy_writer")), row.getString("copy_key"));
    }

    static List<Long> longs(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(v -> ((Number) v).longValue()).toList();
    }

    static List<Integer> ints(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(v -> ((Number) v).intValue()).toList();
    }

    static List<BigDecimal> decimals(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(BigDecimal.class::cast).toList();
    }

    private static Set<CandidateSource> sources(Array array) throws SQLException {
        Set<CandidateSource> sources = EnumSet.noneOf(CandidateSource.class);
        for (String name : strings(array)) {
            sources.add(Arrays.stream(CandidateSource.values()).filter(s -> s.wireName().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("unknown candidate source '" + name + "' stored")));
        }
        return sources;
    }

    private static DiscountBasis basis(String name) {
        return Arrays.stream(DiscountBasis.values()).filter(b -> b.wireName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown discount basis '" + name + "' stored"));
    }
}
