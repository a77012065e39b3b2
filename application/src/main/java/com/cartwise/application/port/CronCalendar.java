package com.cartwise.application.port;

import java.time.Instant;

/** Reads cron expressions: when a schedule written as one next fires. */
public interface CronCalendar {

    /** @throws com.cartwise.domain.InvalidInputException (field {@code cron}) naming what is wrong with the expression */
    void check(String expression);

    /** The first instant strictly after {@code after} at which the expression fires. */
    Instant next(String expression, Instant after);
}
