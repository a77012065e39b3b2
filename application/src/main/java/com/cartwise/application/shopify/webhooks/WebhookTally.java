package com.cartwise.application.shopify.webhooks;

import com.cartwise.application.imports.FileReport;
import com.cartwise.application.imports.ImportReport;
import com.cartwise.application.jobs.JobCounts;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.MergeSummary;
import com.cartwise.domain.shopify.WebhookTopic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a webhook job did across its batches: deliveries by topic, merged counts, and notes for the merchant. */
final class WebhookTally {
    private final Map<String, Long> deliveries = new LinkedHashMap<>();
    private final long[] rows = new long[WebhookBatch.FILES.size()];
    private final long[] refused = new long[WebhookBatch.FILES.size()];
    private final List<Map<String, Long>> counts = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private long processed;
    private ImportReport.ModelChange model = new ImportReport.ModelChange.None();

    WebhookTally() {
        for (int i = 0; i < WebhookBatch.FILES.size(); i++) {
            counts.add(new LinkedHashMap<>());
        }
    }

    /** What a batch's merge did to the served model. */
    void model(ImportReport.ModelChange change) {
        model = model.then(change);
    }

    void delivered(WebhookTopic topic) {
        deliveries.merge(topic.header(), 1L, Long::sum);
        processed++;
    }

    void staged(int file, long records) {
        rows[file] += records;
    }

    void refused(int file, long records) {
        rows[file] += records;
        refused[file] += records;
    }

    /** Rows the staged checks took out (an order given twice across the batch and a sync, say). */
    void refusedByChecks(List<ImportProblem> problems) {
        for (ImportProblem problem : problems) {
            for (int i = 0; i < WebhookBatch.FILES.size(); i++) {
                if (WebhookBatch.FILES.get(i).name().equals(problem.file())) {
                    refused[i]++;
                }
            }
        }
    }

    void merged(MergeSummary summary) {
        for (int i = 0; i < summary.countsPerFile().size(); i++) {
            Map<String, Long> sum = counts.get(i);
            summary.countsPerFile().get(i).forEach((name, n) -> sum.merge(name, n, Long::sum));
        }
    }

    void note(String note) {
        notes.add(note);
    }

    long processed() {
        return processed;
    }

    JobCounts jobCounts() {
        long all = 0;
        long out = 0;
        for (int i = 0; i < rows.length; i++) {
            all += rows[i];
            out += refused[i];
        }
        return new JobCounts(all, all - out, out);
    }

    WebhooksReport report() {
        List<FileReport> files = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            WebhookBatch.File file = WebhookBatch.FILES.get(i);
            files.add(new FileReport(file.name(), file.format().wireName(), rows[i], rows[i] - refused[i], refused[i], counts.get(i),
                    "", List.of()));
        }
        return new WebhooksReport(deliveries, new ImportReport(files, true, model));
    }

    String message() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "Processed %,d webhook%s", processed, processed == 1 ? "" : "s"));
        if (!deliveries.isEmpty()) {
            s.append(" (");
            deliveries.forEach((topic, n) -> s.append(s.charAt(s.length() - 1) == '(' ? "" : ", ").append(n).append(' ').append(topic));
            s.append(')');
        }
        notes.forEach(note -> s.append("; ").append(note));
        return s.toString();
    }
}
