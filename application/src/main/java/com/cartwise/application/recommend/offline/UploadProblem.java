package com.cartwise.application.recommend.offline;

import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.SourceRow;

/**
 * What only the upload as a whole shows (an order or a variant listed twice), found while it is
 * read: the row, the value at fault and why. Its column is the file's key column, known once the
 * whole file has been read, as the import's own checks on staged rows report it.
 */
record UploadProblem(SourceRow row, String value, String reason) {

    ImportProblem in(String fileName, FileFacts facts) {
        return new ImportProblem(fileName, row.line(), facts.keyColumn(), facts.keyColumnName(), value, reason);
    }
}
