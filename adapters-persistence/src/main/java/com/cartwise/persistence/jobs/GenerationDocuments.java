package com.cartwise.persistence.jobs;

import com.cartwise.application.bundles.generation.BundleGenerationReport;
import com.cartwise.application.bundles.generation.BundleGenerationRequest;
import com.cartwise.application.bundles.generation.GenerationThresholds;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Objective;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A bundle generation's request and report as stored in {@code jobs}: objectives and types by their
 * wire names, the thresholds it runs with, and its as-of instant, so a resumed run uses the same.
 */
final class GenerationDocuments {
    private GenerationDocuments() {
    }

    static Request request(BundleGenerationRequest r) {
        GenerationThresholds t = r.thresholds();
        return new Request(r.objectivesInOrder().stream().map(Objective::wireName).toList(),
                r.typesInOrder().stream().map(BundleType::wireName).toList(), t.minSupport(), t.minConfidence(), t.maxBundleSize(),
                t.minOrdersTogether(), t.paretoOnly(), r.aiCopy(), r.asOf().toString());
    }

    static Report report(BundleGenerationReport r) {
        return new Report(r.orders(), r.variants(), r.quickStartBundles(), r.rules(), r.candidates(), r.bundles(), r.published(),
                r.waves(), r.aiCopies(), r.templateCopies(), r.retired(), r.approvalsProposedAnew());
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Request(List<String> objectives, List<String> types, double minSupport, double minConfidence, int maxBundleSize,
                   int minOrdersTogether, boolean paretoOnly, boolean aiCopy, String asOf) {
        BundleGenerationRequest toRequest() {
            return new BundleGenerationRequest(objectives.stream().map(Objective::fromWireName).collect(Collectors.toSet()),
                    types.stream().map(BundleType::fromWireName).collect(Collectors.toSet()),
                    new GenerationThresholds(minSupport, minConfidence, maxBundleSize, minOrdersTogether, paretoOnly), aiCopy,
                    Instant.parse(asOf));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Report(long orders, long variants, long quickStartBundles, long rules, long candidates, long bundles, long published,
                  long waves, long aiCopies, long templateCopies, long retired, @Nullable Long approvalsProposedAnew) {
        BundleGenerationReport toReport() {
            // null in the reports of builds before approvals could be proposed anew
            return new BundleGenerationReport(orders, variants, quickStartBundles, rules, candidates, bundles, published, waves, aiCopies,
                    templateCopies, retired, approvalsProposedAnew == null ? 0 : approvalsProposedAnew);
        }
    }
}
