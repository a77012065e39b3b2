package com.cartwise.domain.imports;

/** A row a lenient import refused, numbered 1, 2, 3 ... within its job. */
public record Refusal(long ordinal, ImportProblem problem) {
}
