package com.cartwise.domain.analytics;

import com.cartwise.domain.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/** The buckets of a time series: UTC days, or ISO weeks starting on Monday (as PostgreSQL's date_trunc('week')). */
public enum Granularity {
    DAY("day"),
    WEEK("week");

    private final String wireName;

    Granularity(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The first day of the bucket the instant falls in. */
    public LocalDate bucketOf(Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        return this == DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static Granularity fromWireName(String name) {
        for (Granularity g : values()) {
            if (g.wireName.equals(name)) {
                return g;
            }
        }
        throw new InvalidInputException("granularity", "'" + name + "' is not a granularity: day or week");
    }
}
