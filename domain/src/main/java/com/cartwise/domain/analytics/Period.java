package com.cartwise.domain.analytics;

import com.cartwise.domain.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, both included, in UTC: events count where their {@code occurred_at}
 * falls from {@code from}'s midnight up to (not including) the midnight after {@code to}.
 */
public record Period(LocalDate from, LocalDate to) {
    public static final int MAX_DAYS = 731;

    public Period {
        InvalidInputException.require(from != null, "from", "is required");
        InvalidInputException.require(to != null, "to", "is required");
        InvalidInputException.require(!to.isBefore(from), "to", "must not be before from (" + from + "), but was " + to);
        InvalidInputException.require(ChronoUnit.DAYS.between(from, to) < MAX_DAYS, "to",
                "a report covers at most " + MAX_DAYS + " days");
    }

    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }
}
