package com.cartwise.bootstrap.scheduling;

import com.cartwise.application.port.CronCalendar;
import com.cartwise.domain.InvalidInputException;
import io.micronaut.scheduling.cron.CronExpression;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Cron expressions as Micronaut's scheduler reads them (six fields: seconds, minutes, hours, day of
 * month, month, day of week, e.g. {@code 0 0 3 * * *}), in UTC, so that every replica computes the
 * same instants.
 */
public final class MicronautCronCalendar implements CronCalendar {

    @Override
    public void check(String expression) {
        parse(expression);
    }

    @Override
    public Instant next(String expression, Instant after) {
        return parse(expression).nextTimeAfter(ZonedDateTime.ofInstant(after, ZoneOffset.UTC)).toInstant();
    }

    private static CronExpression parse(String expression) {
        try {
            return CronExpression.create(expression);
        } catch (RuntimeException e) {
            throw new InvalidInputException("cron", "'" + expression + "' is not a cron expression of six fields (seconds minutes"
                    + " hours day-of-month month day-of-week, e.g. \"0 0 3 * * *\"): " + e.getMessage());
        }
    }
}
