package com.cartwise.domain.mining;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Progress listeners for specifications: one that records every report, and ones that cancel. */
public final class TestProgress implements Progress {
    private final List<Double> reports;
    private final BooleanSupplier cancel;

    private TestProgress(List<Double> reports, BooleanSupplier cancel) {
        this.reports = reports;
        this.cancel = cancel;
    }

    /** Adds every reported fraction to {@code reports}; never cancels. */
    public static TestProgress recordingInto(List<Double> reports) {
        return new TestProgress(reports, () -> false);
    }

    /** Asks to stop at the first checkpoint. */
    public static TestProgress cancelled() {
        return new TestProgress(new ArrayList<>(), () -> true);
    }

    /** Asks to stop whenever {@code cancel} says so, e.g. after a number of checks. */
    public static TestProgress cancelling(BooleanSupplier cancel) {
        return new TestProgress(new ArrayList<>(), cancel);
    }

    @Override
    public void report(double fractionDone) {
        reports.add(fractionDone);
    }

    @Override
    public boolean cancelRequested() {
        return cancel.getAsBoolean();
    }
}
