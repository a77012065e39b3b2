package com.cartwise.rest.jobs;

import com.cartwise.application.bundles.generation.BundleGenerationReport;
import com.cartwise.application.imports.FileReport;
import com.cartwise.application.imports.ImportReport;
import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobFailure;
import com.cartwise.application.jobs.JobReport;
import com.cartwise.application.recommend.training.TrainingReport;
import com.cartwise.application.jobs.JobTally;
import com.cartwise.application.shopify.sync.SyncReport;
import com.cartwise.application.shopify.webhooks.WebhooksReport;
import com.cartwise.domain.imports.MergeCounts;
import com.cartwise.domain.imports.UploadFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A job as the API shows it: where it is (phase, percent, message, counts, ETA), how it ended
 * (report or failure), and where to follow it. Absent values are null, never left out, so that a
 * client reads one shape whatever the state.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JobJson(
        String jobId,
        String shopId,
        String kind,
        String state,
        String phase,
        double percent,
        String message,
        long rowsRead,
        long rowsImported,
        long rowsRejected,
        @Nullable Long etaSeconds,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        boolean cancelRequested,
        int attempts,
        Map<String, Long> tallies,
        @Nullable FailureJson failure,
        /** An {@link ImportReportJson}, a {@link TrainingReportJson} or a {@link GenerationReportJson}, by the job's kind. */
        @Nullable Object report,
        Links links) {

    public static JobJson of(Job job) {
        String self = JobPaths.job(job.shop(), job.id());
        return new JobJson(job.id().toString(), job.shop().value(), job.kind().wireName(), job.state().wireName(),
                job.progress().phase(), job.progress().percent(), job.progress().message(), job.progress().counts().read(),
                job.progress().counts().imported(), job.progress().counts().rejected(),
                job.progress().etaSeconds().isPresent() ? job.progress().etaSeconds().getAsLong() : null,
                job.createdAt(), job.startedAt().orElse(null), job.finishedAt().orElse(null), job.cancelRequested(),
                job.attempts(), tallies(job.progress().tallies()), job.failure().map(FailureJson::of).orElse(null),
                job.report().map(r -> report(job, r)).orElse(null),
                new Links(self, self + "/events", self + "/refusals"));
    }

    /** Each kind of job reports its own shape: an import per file, a training its model, a generation its bundles. */
    private static Object report(Job job, JobReport report) {
        return switch (report) {
            case ImportReport r -> ImportReportJson.of(r);
            case TrainingReport r -> TrainingReportJson.of(r, JobPaths.model(job.shop(), r.modelVersion()));
            case BundleGenerationReport r -> GenerationReportJson.of(r);
            // A sync and a webhook job are imports whose files are Shopify's answers: the same report shape.
            case SyncReport r -> ImportReportJson.of(r.imported());
            case WebhooksReport r -> ImportReportJson.of(r.imported());
            default -> null;
        };
    }

    /** A job's counts so far by name, in the order it reported them. */
    static Map<String, Long> tallies(List<JobTally> tallies) {
        Map<String, Long> named = new LinkedHashMap<>();
        tallies.forEach(t -> named.put(t.name(), t.count()));
        return named;
    }

    /** What a bundle generation did. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record GenerationReportJson(long orders, long variants, long quickStartBundles, long rules, long candidates, long bundles,
                                       long published, long waves, long aiCopies, long templateCopies, long retired,
                                       long approvalsProposedAnew) {
        static GenerationReportJson of(BundleGenerationReport r) {
            return new GenerationReportJson(r.orders(), r.variants(), r.quickStartBundles(), r.rules(), r.candidates(), r.bundles(),
                    r.published(), r.waves(), r.aiCopies(), r.templateCopies(), r.retired(), r.approvalsProposedAnew());
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Links(String self, String events, String refusals) {
    }

    /** Why the job failed; a rejected file names its place as a problem+json would. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FailureJson(String code, String detail, @Nullable String file, @Nullable Long line, @Nullable Integer column,
                              @Nullable String columnName, @Nullable String value) {
        static FailureJson of(JobFailure failure) {
            return failure.problem()
                    .map(p -> new FailureJson(failure.code(), failure.detail(), p.file(), p.line(), p.column(), p.columnName(),
                            p.value()))
                    .orElseGet(() -> new FailureJson(failure.code(), failure.detail(), null, null, null, null, null));
        }
    }

    /** What an import did: per file, rows = imported + refused. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ImportReportJson(long rows, long imported, long refused, boolean lenient, List<FileJson> files,
                                   ModelJson model) {
        static ImportReportJson of(ImportReport report) {
            return new ImportReportJson(report.rows(), report.imported(), report.refused(), report.lenient(),
                    report.files().stream().map(FileJson::of).toList(), ModelJson.of(report.model()));
        }
    }

    /**
     * What the import did to the served model: {@code unchanged}; {@code updated} (the added orders
     * are in {@code version}, no training needed); or {@code needs_training} ({@code orders} were
     * replaced, which only a training learns).
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ModelJson(String change, @Nullable Long version, long orders) {
        static ModelJson of(ImportReport.ModelChange change) {
            return switch (change) {
                case ImportReport.ModelChange.None none -> new ModelJson("unchanged", null, 0);
                case ImportReport.ModelChange.Updated updated -> new ModelJson("updated", updated.version(), updated.orders());
                case ImportReport.ModelChange.NeedsTraining stale -> new ModelJson("needs_training", null, stale.ordersReplaced());
            };
        }
    }

    /**
     * What a training made: the model now served and what it learned from; {@code model} links to its
     * whole evaluation table.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TrainingReportJson(long modelVersion, String metric, long orders, long baskets, long lines, long unresolvedLines,
                                     long variants, long pairs, long sizeBytes, String model) {
        static TrainingReportJson of(TrainingReport report, String model) {
            return new TrainingReportJson(report.modelVersion(), report.metric(), report.orders(), report.baskets(), report.lines(),
                    report.unresolvedLines(), report.variants(), report.pairs(), report.sizeBytes(), model);
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FileJson(String file, String type, long rows, long imported, long refused, Map<String, Long> counts,
                           String dateFormat, List<String> warnings) {
        static FileJson of(FileReport f) {
            // In the format's own order of names (a stored report's JSON object may not keep it).
            Map<String, Long> counts = new LinkedHashMap<>();
            MergeCounts.of(UploadFormat.fromWireName(f.format())).forEach(name -> counts.put(name, f.counts().getOrDefault(name, 0L)));
            return new FileJson(f.file(), f.format(), f.rows(), f.imported(), f.refused(), counts, f.dateFormat(), f.warnings());
        }
    }
}
