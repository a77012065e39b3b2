package com.cartwise.application.fakes;

import com.cartwise.application.port.CronCalendar;
import com.cartwise.domain.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A stand-in for the cron reader in use-case tests: an "expression" is an ISO-8601 duration
 * ({@code PT1H}) and fires at every whole multiple of it since the epoch, which is what a cron
 * expression such as "every hour on the hour" does.
 */
public final class FakeCron implements CronCalendar {

    @Override
    public void check(String expression) {
        period(expression);
    }

    @Override
    public Instant next(String expression, Instant after) {
        long step = period(expression).toMillis();
        return Instant.ofEpochMilli((Math.floorDiv(after.toEpochMilli(), step) + 1) * step);
    }

    private static Duration period(String expression) {
        try {
            Duration period = Duration.parse(expression);
            InvalidInputException.require(!period.isNegative() && !period.isZero(), "cron", "must be a positive duration");
            return period;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("cron", "'" + expression + "' is not a duration such as PT1H");
        }
    }
}
