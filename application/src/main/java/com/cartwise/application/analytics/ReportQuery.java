package com.cartwise.application.analytics;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.analytics.Period;
import com.cartwise.domain.shop.ShopId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A shop's events over a period; {@code limit} bounds the rows of a top list.
 * Without {@code from} and {@code to}, the {@value #DEFAULT_DAYS} days up to today (UTC).
 */
public record ReportQuery(ShopId shop, Period period, int limit) {
    public static final int DEFAULT_DAYS = 30;
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 1000;

    public ReportQuery {
        InvalidInputException.require(shop != null, "shop_id", "is required");
        InvalidInputException.require(period != null, "from", "is required");
        InvalidInputException.require(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT + ", but was " + limit);
    }

    /** {@code to} defaults to today, {@code from} to {@value #DEFAULT_DAYS} days before {@code to}. */
    public static Period period(Optional<LocalDate> from, Optional<LocalDate> to, LocalDate today) {
        LocalDate end = to.orElse(today);
        return new Period(from.orElse(end.minusDays(DEFAULT_DAYS - 1)), end);
    }
}
