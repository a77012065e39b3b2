package com.cartwise.domain.imports;

import java.util.List;

/** What a reader yields for each record of a file: a record, or the rows it had to refuse and why. */
public sealed interface ReadItem {

    record Read(ImportRecord record) implements ReadItem {
    }

    /**
     * Rows that cannot be imported, one problem per row. Rows that stand or fall together (the
     * lines of one order) are refused together, each saying why.
     */
    record Refused(List<ImportProblem> problems) implements ReadItem {
        public Refused {
            if (problems == null || problems.isEmpty()) {
                throw new IllegalArgumentException("a refusal names at least one row");
            }
            problems = List.copyOf(problems);
        }
    }
}
