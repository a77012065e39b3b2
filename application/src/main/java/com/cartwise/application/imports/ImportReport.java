package com.cartwise.application.imports;

import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobReport;
import java.util.List;

/**
 * What an import did, file by file, and to the shop's served model. The refused rows themselves,
 * each with its reason, are in the job's refusal report.
 */
public record ImportReport(List<FileReport> files, boolean lenient, ModelChange model) implements JobReport {
    public ImportReport {
        files = List.copyOf(files);
        model = model == null ? new ModelChange.None() : model;
    }

    /** What the import did to the shop's served model. */
    public sealed interface ModelChange {
        /** Nothing to learn (no orders added), or no model yet: the first training will learn them all. */
        record None() implements ModelChange {
        }

        /** The orders the import added are in the served model from this version on, without a training. */
        record Updated(long version, long orders) implements ModelChange {
        }

        /** The import rewrote orders the model had counted as they were: a training learns them as they are now. */
        record NeedsTraining(long ordersReplaced) implements ModelChange {
        }

        /**
         * This change followed by a later one of the same job (a webhook job merges batch after
         * batch): a training still needed stays needed, updates add up to the newest version.
         */
        default ModelChange then(ModelChange later) {
            return switch (this) {
                case None none -> later;
                case NeedsTraining needs -> later instanceof NeedsTraining more
                        ? new NeedsTraining(needs.ordersReplaced() + more.ordersReplaced()) : needs;
                case Updated updated -> switch (later) {
                    case None none -> updated;
                    case NeedsTraining needs -> needs;
                    case Updated newer -> new Updated(newer.version(), updated.orders() + newer.orders());
                };
            };
        }
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
