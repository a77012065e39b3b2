package com.cartwise.rest.analytics;

import com.cartwise.application.analytics.ReadAcceptance;
import com.cartwise.application.analytics.ReadHoldout;
import com.cartwise.application.analytics.ReadRevenue;
import com.cartwise.domain.analytics.Acceptance;
import com.cartwise.domain.analytics.ArmFigures;
import com.cartwise.domain.analytics.Figures;
import com.cartwise.domain.analytics.OrderFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Each report as a {@link Table}: the column names are the JSON members' and the CSV header's. */
final class ReportTables {
    private ReportTables() {
    }

    static Table acceptance(ReadAcceptance.Acceptances figures) {
        Table.Builder table = Table.of("dimension", "key", "shown", "accepted", "acceptance_rate");
        figures.bySource().forEach(s -> table.row("source", s.source().wireName(), s.acceptance().shown(), s.acceptance().accepted(),
                rate(s.acceptance())));
        figures.byVariant().forEach(v -> table.row("variant", Long.toString(v.variantId()), v.acceptance().shown(),
                v.acceptance().accepted(), rate(v.acceptance())));
        return table.build();
    }

    static Table revenue(ReadRevenue.Revenue revenue) {
        OrderFigures o = revenue.orders();
        return Table.of("currency", "orders", "revenue", "average_order_value", "orders_with_accepted_recommendation",
                        "revenue_attributed_to_recommendations", "average_order_value_with_accepted_recommendation",
                        "orders_without_accepted_recommendation", "revenue_without_accepted_recommendation",
                        "average_order_value_without_accepted_recommendation", "bundle_purchases", "revenue_attributed_to_bundles")
                .row(revenue.currency().getCurrencyCode(), o.orders(), money(o.revenue()), money(o.average()), o.ordersWith(),
                        money(o.revenueWith()), money(o.averageWith()), o.ordersWithout(), money(o.revenueWithout()),
                        money(o.averageWithout()), revenue.bundlePurchases(), money(revenue.bundleRevenue()))
                .build();
    }

    static Table pairs(List<Figures.Pair> pairs) {
        Table.Builder table = Table.of("cart_variant_id", "variant_id", "shown", "accepted", "acceptance_rate");
        pairs.forEach(p -> table.row(p.cartVariantId(), p.variantId(), p.acceptance().shown(), p.acceptance().accepted(),
                rate(p.acceptance())));
        return table.build();
    }

    static Table bundles(List<Figures.Bundle> bundles) {
        Table.Builder table = Table.of("bundle_key", "views", "purchases", "conversion", "revenue");
        bundles.forEach(b -> table.row(b.bundleKey().value(), b.views(), b.purchases(), round(b.conversion()), money(b.revenue())));
        return table.build();
    }

    static Table series(List<Figures.Bucket> buckets) {
        Table.Builder table = Table.of("start", "shown", "accepted", "acceptance_rate", "orders", "revenue",
                "orders_with_accepted_recommendation", "revenue_attributed_to_recommendations", "bundle_views", "bundle_purchases",
                "revenue_attributed_to_bundles");
        buckets.forEach(b -> table.row(b.start().toString(), b.acceptance().shown(), b.acceptance().accepted(), rate(b.acceptance()),
                b.orders().orders(), money(b.orders().revenue()), b.orders().ordersWith(), money(b.orders().revenueWith()),
                b.bundleViews(), b.bundlePurchases(), money(b.bundleRevenue())));
        return table.build();
    }

    static Table holdout(ReadHoldout.HoldoutReport report) {
        Table.Builder table = Table.of("arm", "answers", "impressions", "shown", "accepted", "acceptance_rate", "orders", "revenue",
                "average_order_value");
        for (ArmFigures arm : List.of(report.arms().treatment(), report.arms().control())) {
            table.row(arm.arm().wireName(), arm.answers(), arm.impressions(), arm.acceptance().shown(), arm.acceptance().accepted(),
                    rate(arm.acceptance()), arm.orders(), money(arm.revenue()), money(arm.averageOrderValue()));
        }
        return table.build();
    }

    private static double rate(Acceptance acceptance) {
        return round(acceptance.rate());
    }

    /** Four decimals: a rate to a hundredth of a percent, and the same text in JSON and CSV. */
    static double round(double share) {
        return BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Money as a decimal string with cents, never a float. */
    private static String money(BigDecimal amount) {
        return amount.setScale(Math.max(2, amount.scale()), RoundingMode.UNNECESSARY).toPlainString();
    }
}
