package com.cartwise.application.recommend.training;

import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobReport;

/**
 * What a training made: the model version now served, the scorer it ranks by, what it learned
 * from (orders read, baskets among them: orders with at least one line matching a variant) and
 * its size (variants bought at least once, distinct pairs bought together, bytes when served).
 */
public record TrainingReport(long modelVersion, String metric, long orders, long baskets, long lines, long unresolvedLines,
                             long variants, long pairs, long sizeBytes) implements JobReport {
    @Override
    public JobKind kind() {
        return JobKind.TRAINING;
    }
}
