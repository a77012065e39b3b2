package com.cartwise.application.imports;

import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobRequest;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.UploadFormat;
import java.util.List;
import java.util.Optional;

/**
 * An import as a job carries it: its files, in upload order, and how to read them.
 *
 * @param lenient import the valid rows and report the others, instead of refusing the upload at its first problem
 * @param format every file's format as the merchant named it; empty to tell each file's from its header
 */
public record ImportRequest(List<UploadedFile> files, boolean lenient, Optional<UploadFormat> format) implements JobRequest {
    public static final int MAX_FILES = 20;

    public ImportRequest {
        InvalidInputException.require(files != null && !files.isEmpty(), "file", "an import needs at least one file");
        InvalidInputException.require(files.size() <= MAX_FILES, "file",
                "an import takes at most " + MAX_FILES + " files, but got " + files.size());
        files = List.copyOf(files);
        format = format == null ? Optional.empty() : format;
    }

    @Override
    public JobKind kind() {
        return JobKind.IMPORT;
    }

    public long bytes() {
        return files.stream().mapToLong(UploadedFile::bytes).sum();
    }
}
