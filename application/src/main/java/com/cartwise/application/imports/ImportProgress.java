package com.cartwise.application.imports;

import com.cartwise.application.jobs.JobContext;
import com.cartwise.application.jobs.JobCounts;
import java.util.Locale;

/**
 * An import's progress in the merchant's terms. Reading takes the first 70% (by bytes read, the
 * one measure known in advance), loading, checking and merging the rest; the shares come from
 * where a large import spends its time.
 */
final class ImportProgress {
    static final double READ_SHARE = 70;
    static final double LOADED_AT = 80;
    static final double CHECKED_AT = 85;
    static final double MERGED_AT = 99;
    /** Rows between two looks at the clock and at a cancel request: cheap, yet well under a second apart. */
    static final int CHECK_EVERY_ROWS = 4096;

    private final JobContext context;
    private final long totalBytes;
    private final long startedNanos = System.nanoTime();
    private long read;
    private long refused;

    ImportProgress(JobContext context, long totalBytes) {
        this.context = context;
        this.totalBytes = Math.max(1, totalBytes);
    }

    void rowsRead(long rows) {
        read += rows;
    }

    void rowsRefused(long rows) {
        refused += rows;
    }

    long read() {
        return read;
    }

    long refused() {
        return refused;
    }

    void reading(String fileName, long bytesDoneBeforeFile, long bytesReadInFile) {
        double percent = READ_SHARE * Math.min(1.0, (double) (bytesDoneBeforeFile + bytesReadInFile) / totalBytes);
        double seconds = Math.max(1e-3, (System.nanoTime() - startedNanos) / 1e9);
        context.progress("reading", percent, String.format(Locale.ROOT, "Reading %s: %,d rows (%,.0f rows/s)",
                fileName, read, read / seconds), counts());
    }

    void phase(String phase, double percent, String message) {
        context.progress(phase, percent, message, counts());
    }

    JobCounts counts() {
        return new JobCounts(read, 0, refused);
    }
}
