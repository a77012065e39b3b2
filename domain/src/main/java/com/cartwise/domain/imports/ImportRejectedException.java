package com.cartwise.domain.imports;

/** Thrown by a reader of uploaded rows when a row or the file cannot be imported. */
public final class ImportRejectedException extends RuntimeException {
    private final transient ImportProblem problem;

    public ImportRejectedException(ImportProblem problem) {
        super(problem.describe());
        this.problem = problem;
    }

    public ImportProblem problem() {
        return problem;
    }
}
