package com.cartwise.application.retraining.schedule;

import com.cartwise.application.port.CronCalendar;
import java.util.Optional;

/**
 * When a shop is retrained: its {@code retraining.cron} flag (a shop's value, else the global
 * one), or, where the flag is empty, the deployment's {@code cartwise.retraining.cron}; either
 * may say {@code off}. An empty configured schedule is off too.
 */
public final class RetrainingCron {
    public static final String OFF = "off";

    private final CronCalendar calendar;
    private final String configured;

    /** @param configured the deployment's schedule: a cron expression, {@code off} or empty (off) */
    public RetrainingCron(CronCalendar calendar, String configured) {
        this.calendar = calendar;
        this.configured = configured == null ? "" : configured.strip();
        if (!this.configured.isEmpty() && !this.configured.equals(OFF)) {
            calendar.check(this.configured);
        }
    }

    /** Checks a flag's value: empty (the configured schedule), {@code off}, or an expression the calendar reads. */
    public void check(String flagValue) {
        if (!flagValue.isEmpty() && !flagValue.equals(OFF)) {
            calendar.check(flagValue);
        }
    }

    /** The expression that applies for this flag value; empty when the shop is not retrained on a schedule. */
    public Optional<String> effective(String flagValue) {
        String chosen = flagValue.isEmpty() ? configured : flagValue;
        return chosen.isEmpty() || chosen.equals(OFF) ? Optional.empty() : Optional.of(chosen);
    }

    public CronCalendar calendar() {
        return calendar;
    }
}
