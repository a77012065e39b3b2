package com.cartwise.application.shopify.sync;

import com.cartwise.application.imports.FileReport;
import com.cartwise.application.imports.ImportReport;
import com.cartwise.application.imports.ModelRefresh;
import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobContext;
import com.cartwise.application.jobs.JobCounts;
import com.cartwise.application.jobs.JobFailure;
import com.cartwise.application.jobs.JobHandler;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobOutcome;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.jobs.JobStopped;
import com.cartwise.application.port.ImportStaging;
import com.cartwise.application.port.ShopifyAdmin;
import com.cartwise.application.port.ShopifySyncLog;
import com.cartwise.application.recommend.ServingModels;
import com.cartwise.application.shopify.ConnectionError;
import com.cartwise.application.shopify.ShopifyAccess;
import com.cartwise.application.shopify.ShopifyFailure;
import com.cartwise.application.shopify.SyncMode;
import com.cartwise.application.shopify.SyncRecord;
import com.cartwise.application.shopify.access.ShopifyKeys;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.MergeCounts;
import com.cartwise.domain.imports.MergeSummary;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a sync job: reads the shop's catalogue, stock (historical syncs) and orders from the Admin
 * API straight into an import stage, then loads, checks and merges them in one transaction, as an
 * import of three files would be. Nothing is held in memory but the record in hand. A record
 * Shopify gives that Cartwise cannot take is refused and reported (the job's refusal report), never
 * allowed to fail the whole sync; throttling is waited out; a sync fails only when Shopify refuses
 * the token or stays unreachable, and then changes nothing.
 */
public final class RunShopifySync implements JobHandler {
    /**
     * An incremental sync reads what changed since the previous one began, less this margin: Shopify
     * and this server keep different clocks, and an overlap only reads a few objects twice.
     */
    static final Duration CURSOR_OVERLAP = Duration.ofMinutes(10);
    static final int MAX_CHECK_PROBLEMS = 10_000;

    private final ShopifyKeys keys;
    private final ShopifyAdmin admin;
    private final ImportStaging staging;
    private final ShopifySyncLog log;
    private final ModelRefresh modelRefresh;
    private final Clock clock;

    public RunShopifySync(ShopifyKeys keys, ShopifyAdmin admin, ImportStaging staging, ShopifySyncLog log,
                          ModelRefresh modelRefresh, Clock clock) {
        this.keys = keys;
        this.admin = admin;
        this.staging = staging;
        this.log = log;
        this.modelRefresh = modelRefresh;
        this.clock = clock;
    }

    @Override
    public JobKind kind() {
        return JobKind.SHOPIFY_SYNC;
    }

    @Override
    public JobOutcome run(Job job, JobContext context) {
        SyncRequest request = (SyncRequest) job.request();
        ShopId shop = job.shop();
        SyncProgress progress = new SyncProgress(context);
        Instant started = clock.instant();
        Optional<ShopifyAccess> access = keys.access(shop);
        if (access.isEmpty()) {
            return ended(job, request, new JobOutcome.Failed(JobFailure.of("not-connected", "Shop '" + shop
                    + "' is not connected to Shopify any more: connect it again, then sync."), JobCounts.NONE));
        }
        try {
            JobOutcome outcome = sync(job, request, access.get(), progress);
            if (outcome instanceof JobOutcome.Succeeded) {
                log.advanceCursor(shop, started);
            }
            return ended(job, request, outcome);
        } catch (ShopifyFailure e) {
            if (Thread.currentThread().isInterrupted()) {
                // The worker is being stopped (the instance shuts down): the job is not failed, its lease decides.
                throw JobStopped.byLostLease();
            }
            log.error(shop, new ConnectionError(clock.instant(), "sync", e.getMessage()));
            return ended(job, request, new JobOutcome.Failed(JobFailure.of(e.kind().code(), e.getMessage()), progress.counts()));
        } catch (JobStopped e) {
            if (e.byMerchant()) {
                log.syncEnded(shop, new SyncRecord(job.id(), request.mode(), JobState.CANCELLED, clock.instant(),
                        "Cancelled at the merchant's request"));
            }
            throw e;
        }
    }

    private JobOutcome sync(Job job, SyncRequest request, ShopifyAccess access, SyncProgress progress) {
        ShopifyAdmin.Window window = window(job.shop(), request);
        ShopifyAdmin.Totals totals = admin.count(access, window);
        List<Source> sources = sources(request.mode(), totals);
        try (ImportStaging.Stage stage = staging.open(job.shop(), job.id())) {
            double percent = 0;
            double perObject = SyncProgress.SOURCES_SHARE / Math.max(1, sources.stream().mapToLong(Source::expected).sum());
            for (int file = 0; file < sources.size(); file++) {
                Source source = sources.get(file);
                double share = Math.max(1, source.expected()) * perObject;
                progress.source(source.name(), percent, percent + share, source.expected());
                StagingFeed feed = new StagingFeed(stage, source.fileName(), progress);
                source.read(admin, access, window, file, feed);
                source.rows = feed.rows();
                source.refused = feed.refused();
                stage.fileRead(file, source.fileName(), source.format(), FileFacts.plain(List.of()));
                percent += share;
            }
            progress.phase("loading", SyncProgress.SOURCES_SHARE, String.format(Locale.ROOT, "Loading %,d records", progress.readSoFar()));
            stage.load();
            progress.phase("checking", SyncProgress.LOADED_AT, "Checking for objects Shopify gave twice");
            attribute(stage.check(true, MAX_CHECK_PROBLEMS), sources);
            progress.phase("merging", SyncProgress.CHECKED_AT, "Merging into the shop's data");
            MergeSummary merged = stage.merge();
            SyncReport report = new SyncReport(request.mode(), report(sources, merged, modelRefresh.after(job.shop(), merged)));
            ImportReport imported = report.imported();
            return new JobOutcome.Succeeded(report, summary(request.mode(), sources, merged),
                    new JobCounts(imported.rows(), imported.imported(), imported.refused()));
        }
    }

    private ShopifyAdmin.Window window(ShopId shop, SyncRequest request) {
        Optional<Instant> cursor = log.cursor(shop);
        if (request.mode() == SyncMode.INCREMENTAL && cursor.isPresent()) {
            return new ShopifyAdmin.Window.UpdatedSince(cursor.get().minus(CURSOR_OVERLAP), request.ordersCreatedSince());
        }
        return new ShopifyAdmin.Window.Everything(request.ordersCreatedSince());
    }

    private static List<Source> sources(SyncMode mode, ShopifyAdmin.Totals totals) {
        List<Source> sources = new ArrayList<>();
        sources.add(new Source("products", UploadFormat.SHOPIFY_PRODUCTS, totals.products(),
                (admin, access, window, file, feed) -> admin.readCatalogue(access, window, file, feed)));
        if (mode == SyncMode.HISTORICAL) {
            // Stock by location comes whole with a historical sync; afterwards inventory webhooks keep it.
            sources.add(new Source("stock", UploadFormat.SHOPIFY_INVENTORY, totals.variants(),
                    (admin, access, window, file, feed) -> admin.readStock(access, file, feed)));
        }
        sources.add(new Source("orders", UploadFormat.SHOPIFY_ORDERS, totals.orders(),
                (admin, access, window, file, feed) -> admin.readOrders(access, window, file, feed)));
        return sources;
    }

    /** Objects the staged checks took out count as refused in their source. */
    private static void attribute(List<ImportProblem> problems, List<Source> sources) {
        for (ImportProblem problem : problems) {
            sources.stream().filter(s -> s.fileName().equals(problem.file())).findFirst().ifPresent(s -> s.refused++);
        }
    }

    private static ImportReport report(List<Source> sources, MergeSummary merged, ImportReport.ModelChange model) {
        List<FileReport> files = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            long refused = Math.min(s.refused, s.rows);
            files.add(new FileReport(s.fileName(), s.format().wireName(), s.rows, s.rows - refused, refused,
                    merged.countsPerFile().get(i), "", List.of()));
        }
        return new ImportReport(files, true, model);
    }

    private static String summary(SyncMode mode, List<Source> sources, MergeSummary merged) {
        long variants = 0;
        long orders = 0;
        for (int i = 0; i < sources.size(); i++) {
            Map<String, Long> counts = merged.countsPerFile().get(i);
            variants += counts.getOrDefault(MergeCounts.VARIANTS_ADDED, 0L) + counts.getOrDefault(MergeCounts.VARIANTS_UPDATED, 0L);
            orders += counts.getOrDefault(MergeCounts.ORDERS_ADDED, 0L) + counts.getOrDefault(MergeCounts.ORDERS_REPLACED, 0L);
        }
        long refused = sources.stream().mapToLong(s -> s.refused).sum();
        return String.format(Locale.ROOT, "%s sync: %,d variants and %,d orders from Shopify%s",
                mode == SyncMode.HISTORICAL ? "Historical" : "Incremental", variants, orders,
                refused == 0 ? "" : String.format(Locale.ROOT, "; %,d objects refused (see the refusal report)", refused));
    }

    private JobOutcome ended(Job job, SyncRequest request, JobOutcome outcome) {
        SyncRecord record = switch (outcome) {
            case JobOutcome.Succeeded done -> new SyncRecord(job.id(), request.mode(), JobState.SUCCEEDED, clock.instant(),
                    done.message());
            case JobOutcome.Failed failed -> new SyncRecord(job.id(), request.mode(), JobState.FAILED, clock.instant(),
                    failed.failure().detail());
        };
        log.syncEnded(job.shop(), record);
        return outcome;
    }

    /** Reads one source of a sync into its file of the stage. */
    @FunctionalInterface
    interface SourceReader {
        void read(ShopifyAdmin admin, ShopifyAccess access, ShopifyAdmin.Window window, int file, ShopifyAdmin.Feed feed);
    }

    /** One of a sync's sources, as a file of its import. */
    private static final class Source {
        private final String name;
        private final UploadFormat format;
        private final long expected;
        private final SourceReader reader;
        long rows;
        long refused;

        Source(String name, UploadFormat format, long expected, SourceReader reader) {
            this.name = name;
            this.format = format;
            this.expected = expected;
            this.reader = reader;
        }

        String name() {
            return name;
        }

        UploadFormat format() {
            return format;
        }

        long expected() {
            return expected;
        }

        /** As the refusal report and the job's report name it. */
        String fileName() {
            return "Shopify " + name;
        }

        void read(ShopifyAdmin admin, ShopifyAccess access, ShopifyAdmin.Window window, int file, ShopifyAdmin.Feed feed) {
            reader.read(admin, access, window, file, feed);
        }
    }
}
