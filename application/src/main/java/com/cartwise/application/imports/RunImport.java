package com.cartwise.application.imports;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobContext;
import com.cartwise.application.jobs.JobCounts;
import com.cartwise.application.jobs.JobFailure;
import com.cartwise.application.jobs.JobHandler;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobOutcome;
import com.cartwise.application.port.ImportStaging;
import com.cartwise.application.port.UploadFormats;
import com.cartwise.application.port.UploadStore;
import com.cartwise.application.port.OrderHistory;
import com.cartwise.application.recommend.ServingModels;
import com.cartwise.application.recommend.UpdateRecommender;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.imports.MergeCounts;
import com.cartwise.domain.imports.MergeSummary;
import com.cartwise.domain.imports.ReadItem;
import com.cartwise.domain.imports.UploadFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs an import job: tells each file's format, reads it record by record into the stage (no
 * database connection while files are read), loads the stage, checks what only the whole upload
 * shows, and merges everything in one transaction. Strict imports stop at the first problem and
 * change nothing; lenient ones import the valid rows and report every refused row with its reason.
 */
public final class RunImport implements JobHandler {
    /** Problems the whole-upload checks report at most; a file with more has a systematic fault, and the first ones say which. */
    static final int MAX_CHECK_PROBLEMS = 10_000;

    private final UploadFormats formats;
    private final UploadStore uploads;
    private final ImportStaging staging;
    private final ModelRefresh modelRefresh;

    public RunImport(UploadFormats formats, UploadStore uploads, ImportStaging staging, OrderHistory orderHistory,
                     UpdateRecommender updateRecommender, ServingModels servingModels) {
        this.formats = formats;
        this.uploads = uploads;
        this.staging = staging;
        this.modelRefresh = new ModelRefresh(orderHistory, updateRecommender, servingModels);
    }

    @Override
    public JobKind kind() {
        return JobKind.IMPORT;
    }

    @Override
    public JobOutcome run(Job job, JobContext context) {
        ImportRequest request = (ImportRequest) job.request();
        ImportProgress progress = new ImportProgress(context, request.bytes());
        try {
            return importFiles(job, request, context, progress);
        } catch (ImportRejectedException e) {
            return new JobOutcome.Failed(JobFailure.rejected(e.problem()), progress.counts());
        } finally {
            deleteUploads(request);
        }
    }

    /** The worker running it died: nothing was merged, and its uploads would otherwise stay forever. */
    @Override
    public void abandoned(Job job) {
        deleteUploads((ImportRequest) job.request());
    }

    private JobOutcome importFiles(Job job, ImportRequest request, JobContext context, ImportProgress progress) {
        List<UploadedFile> files = request.files();
        // Every header first: a wrong second file should not wait for a gigabyte first file to be read.
        List<UploadFormat> detected = new ArrayList<>();
        for (UploadedFile file : files) {
            detected.add(formats.detect(uploads.path(file.storedName()), file.fileName(), request.format()));
        }
        RunComposition.check(files, detected);
        List<FileTally> tallies = new ArrayList<>();
        try (ImportStaging.Stage stage = staging.open(job.shop(), job.id())) {
            long bytesBefore = 0;
            for (int i = 0; i < files.size(); i++) {
                FileTally tally = readFile(i, files.get(i), detected.get(i), request.lenient(), stage, context, progress, bytesBefore);
                if (tally.failure != null) {
                    return new JobOutcome.Failed(JobFailure.rejected(tally.failure), progress.counts());
                }
                tallies.add(tally);
                bytesBefore += files.get(i).bytes();
            }
            progress.phase("loading", ImportProgress.READ_SHARE, String.format(Locale.ROOT, "Loading %,d rows", progress.read()));
            context.checkCancelled();
            stage.load();
            progress.phase("checking", ImportProgress.LOADED_AT, "Checking for orders split across the upload and rows given twice");
            context.checkCancelled();
            List<ImportProblem> problems = stage.check(request.lenient(), MAX_CHECK_PROBLEMS);
            if (!request.lenient() && !problems.isEmpty()) {
                return new JobOutcome.Failed(JobFailure.rejected(problems.getFirst()), progress.counts());
            }
            attribute(problems, tallies, progress);
            progress.phase("merging", ImportProgress.CHECKED_AT, "Merging into the shop's data");
            context.enterCommit();
            MergeSummary merged = stage.merge();
            progress.phase("learning", ImportProgress.MERGED_AT, "Teaching the served model the new orders");
            ImportReport report = report(tallies, merged, request.lenient(), modelRefresh.after(job.shop(), merged));
            return new JobOutcome.Succeeded(report, summary(report),
                    new JobCounts(report.rows(), report.imported(), report.refused()));
        }
    }

    private FileTally readFile(int index, UploadedFile file, UploadFormat format, boolean lenient, ImportStaging.Stage stage,
                               JobContext context, ImportProgress progress, long bytesBefore) {
        FileTally tally = new FileTally(file.fileName(), format);
        try (UploadFormats.Reader reader = formats.open(uploads.path(file.storedName()), file.fileName(), index, format)) {
            long rowsSeen = 0;
            long nextCheck = ImportProgress.CHECK_EVERY_ROWS;
            for (ReadItem item = reader.next(); item != null; item = reader.next()) {
                switch (item) {
                    case ReadItem.Read read -> stage.add(read.record());
                    case ReadItem.Refused refused -> {
                        if (!lenient) {
                            tally.failure = refused.problems().getFirst();
                            return tally;
                        }
                        refused.problems().forEach(stage::refuse);
                        tally.refused += refused.problems().size();
                        progress.rowsRefused(refused.problems().size());
                    }
                }
                long rows = reader.rowsRead();
                progress.rowsRead(rows - rowsSeen);
                rowsSeen = rows;
                if (rows >= nextCheck) {
                    nextCheck = rows + ImportProgress.CHECK_EVERY_ROWS;
                    context.checkCancelled();
                    progress.reading(file.fileName(), bytesBefore, reader.bytesRead());
                }
            }
            tally.rows = reader.rowsRead();
            if (tally.rows == 0) {
                // A header and nothing after it is an export of nothing: most likely not the file meant.
                tally.failure = new ImportProblem(file.fileName(), 2, 0, "", "has its header line and no row after it:"
                        + " there is nothing to import");
                return tally;
            }
            tally.facts = reader.facts();
            stage.fileRead(index, file.fileName(), format, tally.facts);
            progress.reading(file.fileName(), bytesBefore, file.bytes());
            return tally;
        }
    }

    /** Rows the whole-upload checks took out of a lenient import count as refused in their file. */
    private static void attribute(List<ImportProblem> problems, List<FileTally> tallies, ImportProgress progress) {
        for (ImportProblem problem : problems) {
            tallies.stream().filter(t -> t.fileName.equals(problem.file())).findFirst().ifPresent(t -> t.refused++);
        }
        progress.rowsRefused(problems.size());
    }

    private static ImportReport report(List<FileTally> tallies, MergeSummary merged, boolean lenient, ImportReport.ModelChange model) {
        List<FileReport> files = new ArrayList<>();
        for (int i = 0; i < tallies.size(); i++) {
            FileTally t = tallies.get(i);
            Map<String, Long> counts = merged.countsPerFile().get(i);
            files.add(new FileReport(t.fileName, t.format.wireName(), t.rows, t.rows - t.refused, t.refused, counts, t.facts.dateFormat(),
                    warnings(t.facts.warnings(), counts)));
        }
        return new ImportReport(files, lenient, model);
    }

    /** The reader's warnings, and what the merge found that the merchant must act on: items it added without a price. */
    private static List<String> warnings(List<String> read, Map<String, Long> counts) {
        long unpriced = counts.getOrDefault(MergeCounts.ITEMS_WITHOUT_PRICE, 0L);
        if (unpriced == 0) {
            return read;
        }
        List<String> warnings = new ArrayList<>(read);
        warnings.add(String.format(Locale.ROOT, "%,d %s without a price: priced 0 until a products export prices %s (matched by SKU),"
                + " and until then a bundle with one of them cannot be approved.", unpriced, unpriced == 1 ? "item came" : "items came",
                unpriced == 1 ? "it" : "them"));
        return warnings;
    }

    private static String summary(ImportReport report) {
        String files = report.files().size() == 1 ? report.files().getFirst().file() : report.files().size() + " files";
        return String.format(Locale.ROOT, "Imported %,d of %,d rows of %s%s%s", report.imported(), report.rows(), files,
                report.refused() == 0 ? "" : String.format(Locale.ROOT, "; %,d refused (see the refusal report)", report.refused()),
                switch (report.model()) {
                    case ImportReport.ModelChange.None none -> "";
                    case ImportReport.ModelChange.Updated updated -> String.format(Locale.ROOT,
                            "; the served model learned the %,d new orders (version %d)", updated.orders(), updated.version());
                    case ImportReport.ModelChange.NeedsTraining stale -> String.format(Locale.ROOT,
                            "; %,d orders were replaced: train the model again to learn them as they are now", stale.ordersReplaced());
                });
    }

    private void deleteUploads(ImportRequest request) {
        request.files().forEach(file -> uploads.delete(file.storedName()));
    }

    /** What reading one file yielded. */
    private static final class FileTally {
        final String fileName;
        final UploadFormat format;
        long rows;
        long refused;
        FileFacts facts = FileFacts.plain(List.of());
        ImportProblem failure;

        FileTally(String fileName, UploadFormat format) {
            this.fileName = fileName;
            this.format = format;
        }
    }
}
