package com.cartwise.application.jobs;

import com.cartwise.domain.imports.ImportProblem;
import java.util.Optional;

/**
 * Why a job failed, in words a merchant can act on; {@code code} is stable for clients to switch
 * on ({@code rejected-file}, {@code worker-lost}, {@code internal} ...), and a rejected file names
 * its place.
 */
public record JobFailure(String code, String detail, Optional<ImportProblem> problem) {
    public static final String REJECTED_FILE = "rejected-file";
    public static final String WORKER_LOST = "worker-lost";
    public static final String INTERNAL = "internal";
    /** A training with no order line that matches a catalogue variant. */
    public static final String NOTHING_TO_LEARN = "nothing-to-learn";

    public JobFailure {
        if (code == null || code.isBlank() || detail == null || detail.isBlank()) {
            throw new IllegalArgumentException("a failure has a code and a detail");
        }
        problem = problem == null ? Optional.empty() : problem;
    }

    public static JobFailure rejected(ImportProblem problem) {
        return new JobFailure(REJECTED_FILE, problem.describe(), Optional.of(problem));
    }

    public static JobFailure of(String code, String detail) {
        return new JobFailure(code, detail, Optional.empty());
    }
}
