package com.cartwise.application.imports;

import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobReport;
import java.util.List;

/**
 * What an import did, file by file. The refused rows themselves, each with its reason, are in the
 * job's refusal report.
 */
public record ImportReport(List<FileReport> files, boolean lenient) implements JobReport {
    public ImportReport {
        files = List.copyOf(files);
    }

    @Override
    public JobKind kind() {
        return JobKind.IMPORT;
    }

    public long rows() {
        return files.stream().mapToLong(FileReport::rows).sum();
    }

    public long imported() {
        return files.stream().mapToLong(FileReport::imported).sum();
    }

    public long refused() {
        return files.stream().mapToLong(FileReport::refused).sum();
    }
}
