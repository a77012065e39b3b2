package com.cartwise.application.jobs;

/** How a handler's work ended, when it was not stopped. */
public sealed interface JobOutcome {

    /** @param message the closing sentence for the merchant ("Imported 9,465 orders ...") */
    record Succeeded(JobReport report, String message, JobCounts counts) implements JobOutcome {
    }

    /** An expected failure (a rejected file, nothing to learn from): the merchant can act on it. */
    record Failed(JobFailure failure, JobCounts counts) implements JobOutcome {
    }
}
