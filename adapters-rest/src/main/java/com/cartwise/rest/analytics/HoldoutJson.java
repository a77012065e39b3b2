package com.cartwise.rest.analytics;

import com.cartwise.application.analytics.ReadHoldout;
import com.cartwise.domain.analytics.experiment.Interval;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The holdout report's JSON members besides its per-arm rows: the currency, the holdout the flags
 * set now, the orders naming both arms, and the lifts (treatment minus control) with their 95%
 * intervals, null while an arm has too little to tell (docs/ANALYTICS.md).
 */
final class HoldoutJson {
    private HoldoutJson() {
    }

    static Map<String, Object> members(ReadHoldout.HoldoutReport report) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("currency", report.currency().getCurrencyCode());
        members.put("holdout", Map.of("share", report.current().share(), "control", report.current().control().wireName()));
        members.put("mixed_orders", report.arms().mixedOrders());
        Map<String, Object> lift = new LinkedHashMap<>();
        lift.put("acceptance_rate", interval(report.arms().acceptanceLift(), false));
        lift.put("average_order_value", interval(report.arms().orderValueLift(), true));
        members.put("lift", lift);
        return members;
    }

    /** Rates to four decimals, as the rows give them; money as decimal strings with cents, never floats. */
    private static Map<String, Object> interval(Optional<Interval> interval, boolean money) {
        if (interval.isEmpty()) {
            return null;
        }
        Interval i = interval.get();
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("difference", money ? cents(i.estimate()) : ReportTables.round(i.estimate()));
        members.put("lower", money ? cents(i.lower()) : ReportTables.round(i.lower()));
        members.put("upper", money ? cents(i.upper()) : ReportTables.round(i.upper()));
        members.put("excludes_zero", i.excludesZero());
        return members;
    }

    private static String cents(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
