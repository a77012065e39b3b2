package com.cartwise.persistence.jobs;

import com.cartwise.application.bundles.generation.BundleGenerationReport;
import com.cartwise.application.bundles.generation.BundleGenerationRequest;
import com.cartwise.application.imports.FileReport;
import com.cartwise.application.imports.ImportReport;
import com.cartwise.application.imports.ImportRequest;
import com.cartwise.application.imports.UploadedFile;
import com.cartwise.application.jobs.JobFailure;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobReport;
import com.cartwise.application.jobs.JobRequest;
import com.cartwise.application.recommend.training.TrainingReport;
import com.cartwise.application.recommend.training.TrainingRequest;
import com.cartwise.application.shopify.SyncMode;
import com.cartwise.application.shopify.sync.SyncReport;
import com.cartwise.application.shopify.sync.SyncRequest;
import com.cartwise.application.shopify.webhooks.WebhooksReport;
import com.cartwise.application.shopify.webhooks.WebhooksRequest;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.UploadFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jobs' requests, reports and failures as the JSON documents stored in {@code jobs}. The stored
 * shape is declared here, apart from the application's types, so that renaming a Java field never
 * makes a stored job unreadable.
 */
@Singleton
final class JobDocuments {
    private final ObjectMapper json;

    JobDocuments(ObjectMapper json) {
        this.json = json;
    }

    String request(JobRequest request) {
        return switch (request) {
            case ImportRequest r -> write(new ImportRequestDocument(
                    r.files().stream().map(f -> new FileDocument(f.storedName(), f.fileName(), f.bytes())).toList(),
                    r.lenient(), r.format().map(UploadFormat::wireName).orElse(null)));
            case TrainingRequest r -> write(new TrainingRequestDocument(r.metric().orElse(null)));
            case BundleGenerationRequest r -> write(GenerationDocuments.request(r));
            case SyncRequest r -> write(new SyncRequestDocument(r.mode().wireName(),
                    r.ordersCreatedSince().map(Instant::toString).orElse(null)));
            case WebhooksRequest r -> write(new WebhooksRequestDocument());
            default -> throw new IllegalArgumentException("no stored form for " + request.kind().wireName() + " requests");
        };
    }

    JobRequest request(JobKind kind, String document) {
        return switch (kind) {
            case IMPORT -> {
                ImportRequestDocument d = read(document, ImportRequestDocument.class);
                yield new ImportRequest(d.files().stream().map(f -> new UploadedFile(f.storedName(), f.fileName(), f.bytes())).toList(),
                        d.lenient(), Optional.ofNullable(d.format()).map(UploadFormat::fromWireName));
            }
            case TRAINING -> new TrainingRequest(Optional.ofNullable(read(document, TrainingRequestDocument.class).metric()));
            case BUNDLE_GENERATION -> read(document, GenerationDocuments.Request.class).toRequest();
            case SHOPIFY_SYNC -> {
                SyncRequestDocument d = read(document, SyncRequestDocument.class);
                yield new SyncRequest(SyncMode.fromWireName(d.mode()), Optional.ofNullable(d.ordersCreatedSince()).map(Instant::parse));
            }
            case SHOPIFY_WEBHOOKS -> new WebhooksRequest();
            default -> throw new IllegalArgumentException("no stored form for " + kind.wireName() + " requests");
        };
    }

    String report(JobReport report) {
        return switch (report) {
            case ImportReport r -> write(importReport(r));
            case TrainingReport r -> write(new TrainingReportDocument(r.modelVersion(), r.metric(), r.orders(), r.baskets(), r.lines(),
                    r.unresolvedLines(), r.variants(), r.pairs(), r.sizeBytes()));
            case BundleGenerationReport r -> write(GenerationDocuments.report(r));
            case SyncReport r -> write(new SyncReportDocument(r.mode().wireName(), importReport(r.imported())));
            case WebhooksReport r -> write(new WebhooksReportDocument(r.deliveries(), importReport(r.imported())));
            default -> throw new IllegalArgumentException("no stored form for " + report.kind().wireName() + " reports");
        };
    }

    private static ImportReportDocument importReport(ImportReport r) {
        return new ImportReportDocument(r.files().stream()
                .map(f -> new FileReportDocument(f.file(), f.format(), f.rows(), f.imported(), f.refused(), f.counts(),
                        f.dateFormat(), f.warnings()))
                .toList(), r.lenient(), ModelChangeDocument.of(r.model()));
    }

    private static ImportReport importReport(ImportReportDocument d) {
        return new ImportReport(d.files().stream()
                .map(f -> new FileReport(f.file(), f.format(), f.rows(), f.imported(), f.refused(), f.counts(),
                        f.dateFormat(), f.warnings()))
                .toList(), d.lenient(), d.model() == null ? null : d.model().read());
    }

    JobReport report(JobKind kind, String document) {
        return switch (kind) {
            case IMPORT -> importReport(read(document, ImportReportDocument.class));
            case SHOPIFY_SYNC -> {
                SyncReportDocument d = read(document, SyncReportDocument.class);
                yield new SyncReport(SyncMode.fromWireName(d.mode()), importReport(d.imported()));
            }
            case SHOPIFY_WEBHOOKS -> {
                WebhooksReportDocument d = read(document, WebhooksReportDocument.class);
                yield new WebhooksReport(d.deliveries(), importReport(d.imported()));
            }
            case TRAINING -> {
                TrainingReportDocument d = read(document, TrainingReportDocument.class);
                yield new TrainingReport(d.modelVersion(), d.metric(), d.orders(), d.baskets(), d.lines(), d.unresolvedLines(),
                        d.variants(), d.pairs(), d.sizeBytes());
            }
            case BUNDLE_GENERATION -> read(document, GenerationDocuments.Report.class).toReport();
            default -> throw new IllegalArgumentException("no stored form for " + kind.wireName() + " reports");
        };
    }

    String failure(JobFailure failure) {
        return write(new FailureDocument(failure.code(), failure.detail(), failure.problem()
                .map(p -> new ProblemDocument(p.file(), p.line(), p.column(), p.columnName(), p.value(), p.message()))
                .orElse(null)));
    }

    JobFailure failure(String document) {
        FailureDocument d = read(document, FailureDocument.class);
        return new JobFailure(d.code(), d.detail(), Optional.ofNullable(d.problem())
                .map(p -> new ImportProblem(p.file(), p.line(), p.column(), p.columnName(), p.value(), p.message())));
    }

    private String write(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a job document", e);
        }
    }

    private <T> T read(String document, Class<T> type) {
        try {
            return json.readValue(document, type);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored job document is unreadable", e);
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FileDocument(String storedName, String fileName, long bytes) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ImportRequestDocument(List<FileDocument> files, boolean lenient, @Nullable String format) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FileReportDocument(String file, String format, long rows, long imported, long refused, Map<String, Long> counts,
                              String dateFormat, List<String> warnings) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ImportReportDocument(List<FileReportDocument> files, boolean lenient, @Nullable ModelChangeDocument model) {
    }

    /** {@code none}, {@code updated} (version, orders) or {@code needs_training} (orders replaced). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ModelChangeDocument(String change, long version, long orders) {
        static ModelChangeDocument of(ImportReport.ModelChange change) {
            return switch (change) {
                case ImportReport.ModelChange.None none -> new ModelChangeDocument("none", 0, 0);
                case ImportReport.ModelChange.Updated updated -> new ModelChangeDocument("updated", updated.version(), updated.orders());
                case ImportReport.ModelChange.NeedsTraining stale -> new ModelChangeDocument("needs_training", 0, stale.ordersReplaced());
            };
        }

        ImportReport.ModelChange read() {
            return switch (change) {
                case "updated" -> new ImportReport.ModelChange.Updated(version, orders);
                case "needs_training" -> new ImportReport.ModelChange.NeedsTraining(orders);
                default -> new ImportReport.ModelChange.None();
            };
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TrainingRequestDocument(@Nullable String metric) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TrainingReportDocument(long modelVersion, String metric, long orders, long baskets, long lines, long unresolvedLines,
                                  long variants, long pairs, long sizeBytes) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ProblemDocument(String file, long line, int column, String columnName, String value, String message) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SyncRequestDocument(String mode, @Nullable String ordersCreatedSince) {
    }

    @Serdeable
    record WebhooksRequestDocument() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SyncReportDocument(String mode, ImportReportDocument imported) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record WebhooksReportDocument(Map<String, Long> deliveries, ImportReportDocument imported) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FailureDocument(String code, String detail, @Nullable ProblemDocument problem) {
    }
}
