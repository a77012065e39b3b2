package com.cartwise.application.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobCounts;
import com.cartwise.application.jobs.JobFailure;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.jobs.start.StartJob;
import com.cartwise.application.jobs.worker.JobWorker;
import com.cartwise.application.jobs.worker.WorkerSettings;
import com.cartwise.application.port.UploadStore;
import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImageRow;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.OrderDate;
import com.cartwise.domain.imports.OrderHeader;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.Refusal;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.imports.VariantRow;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An import job from claim to end, run by a real worker over the in-memory stores, its files read
 * by a scripted format port: what it does phase by phase, what stops it, and what it reports.
 *
 * <p>The upload: products_export.csv (a wax, a boot in size 42, an image row of the boot) and
 * orders_export.csv (orders whose lines name the variants by SKU), 100 bytes each.
 */
@Timeout(10)
class RunImportTest {
    private static final String PRODUCTS = "products_export.csv";
    private static final String ORDERS = "orders_export.csv";
    private static final FileFacts PRODUCT_FACTS = new FileFacts(false, "", List.of(), 1, "Handle");
    private static final FileFacts ORDER_FACTS = new FileFacts(false, "with_offset", List.of(), 1, "Name");

    private final InMemoryCartwise cartwise = new InMemoryCartwise(Clock.systemUTC());
    private final ScriptedFormats formats = new ScriptedFormats();
    private final KeptUploads uploads = new KeptUploads();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
    // A heartbeat far beyond the test: a cancel request is learnt where the job asks for it itself, at its commit point.
    private final JobWorker worker = new JobWorker(cartwise.jobs, List.of(new RunImport(formats, uploads, cartwise.staging,
            cartwise.orderHistory, cartwise.updateRecommender, cartwise.servingModels)),
            new WorkerSettings("worker-1", Duration.ofHours(2), Duration.ofHours(1), Duration.ZERO), heartbeats, Clock.systemUTC());
    private final ShopId shop = ShopId.of("ski-shop");

    RunImportTest() {
        cartwise.shops.add(new Shop(shop, "Ski Shop", Currency.getInstance("EUR")));
    }

    @AfterEach
    void stopHeartbeats() {
        heartbeats.shutdownNow();
    }

    /** Uploads the test puts in place; an import deletes each once its job has ended. */
    private static final class KeptUploads implements UploadStore {
        private final Set<String> kept = ConcurrentHashMap.newKeySet();
        private int saved;

        @Override
        public synchronized String save(InputStream content) {
            String name = "upload-" + ++saved;
            kept.add(name);
            return name;
        }

        @Override
        public Path path(String storedName) {
            return Path.of(storedName);
        }

        @Override
        public void delete(String storedName) {
            kept.remove(storedName);
        }
    }

    private static VariantRow variant(long line, String handle, String title, String sku, String price, String option) {
        return new VariantRow(new SourceRow(0, line), new VariantRecord(new Product(handle, title, "Rieker", "Ski", List.of()),
                List.of(option), sku, "", null, new BigDecimal(price), Stock.tracked(10)));
    }

    /** The products file: two variants on lines 2-3, an image of the boot on line 4. */
    private void productsFile() {
        formats.file(PRODUCTS, UploadFormat.SHOPIFY_PRODUCTS).facts(PRODUCT_FACTS).read(
                variant(2, "ski-wax", "Ski Wax", "WAX", "12.50", "Default Title"),
                variant(3, "ski-boot", "Ski Boot", "BOOT-42", "199.00", "42"),
                new ImageRow(new SourceRow(0, 4), "ski-boot"));
    }

    /** An order of the orders file (file 1), its lines on consecutive lines from {@code line}, one unit of each SKU. */
    private static OrderRecord order(long line, String name, String placedAt, String... skus) {
        List<LineRecord> lines = new ArrayList<>();
        for (int i = 0; i < skus.length; i++) {
            lines.add(new LineRecord(new SourceRow(1, line + i), "", skus[i], null, 1, new BigDecimal("10.00"), null, null, "", false,
                    false));
        }
        return new OrderRecord(new SourceRow(1, line), name, OrderHeader.placedAt(OrderDate.exactly(Instant.parse(placedAt))), lines);
    }

    private Job importing(boolean lenient, String... fileNames) {
        List<UploadedFile> files = new ArrayList<>();
        for (String name : fileNames) {
            files.add(new UploadedFile(uploads.save(InputStream.nullInputStream()), name, 100));
        }
        StartJob.Result started = new StartImport(cartwise.startJob, uploads).execute(shop, new ImportRequest(files, lenient,
                Optional.empty()));
        return assertInstanceOf(StartJob.Result.Started.class, started).job();
    }

    private Job run(Job job) {
        assertEquals(true, worker.runNext());
        return cartwise.jobs.find(shop, job.id()).orElseThrow();
    }

    /** "phase percent" of each event the job's followers saw. */
    private List<String> phases(Job job) {
        return cartwise.jobs.events(shop, job.id(), 0, 100).stream()
                .map(e -> String.format(Locale.ROOT, "%s %.0f", e.progress().phase(), e.progress().percent())).toList();
    }

    private long ordersOfTheShop() {
        return cartwise.orderHistory.baskets(shop).orders();
    }

    private static Map<String, Long> orderCounts(long added, long lines) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("orders_added", added);
        List.of("orders_replaced", "orders_unchanged").forEach(name -> counts.put(name, 0L));
        counts.put("lines", lines);
        List.of("cancelled_orders", "returned_lines", "refunded_lines", "unmatched_lines").forEach(name -> counts.put(name, 0L));
        return counts;
    }

    @Test
    void readsEveryFileThenLoadsChecksMergesAndLearnsInThatOrderWithProgressThatNeverGoesBack() {
        productsFile();
        formats.file(ORDERS, UploadFormat.SHOPIFY_ORDERS).facts(ORDER_FACTS).read(
                order(2, "#1001", "2024-03-04T10:00:00Z", "WAX"),
                order(3, "#1002", "2024-03-05T10:00:00Z", "WAX", "BOOT-42"));

        Job done = run(importing(false, PRODUCTS, ORDERS));

        // Reading is the first 70% by bytes (two files of 100 bytes: 35% after the first); then 70, 80, 85, 99, 100.
        assertEquals(List.of("queued 0", "starting 0", "reading 35", "reading 70", "loading 70", "checking 80", "merging 85",
                "learning 99", "done 100"), phases(done));
        assertEquals(JobState.SUCCEEDED, done.state());
        assertEquals(new ImportReport(List.of(
                new FileReport(PRODUCTS, "products", 3, 3, 0, Map.of("products_added", 2L, "variants_added", 2L,
                        "variants_updated", 0L, "image_rows", 1L), "", List.of()),
                new FileReport(ORDERS, "orders", 3, 3, 0, orderCounts(2, 3), "with_offset", List.of())),
                false, new ImportReport.ModelChange.None()), done.report().orElseThrow());
        assertEquals(new JobCounts(6, 6, 0), done.progress().counts());
        assertEquals("Imported 6 of 6 rows of 2 files", done.progress().message());
        assertEquals(2, ordersOfTheShop());
        assertEquals(Set.of(), uploads.kept);
    }

    @Test
    void itemsAFileAddsWithoutAPriceAreCountedAndNamedAsWhatKeepsTheirBundlesFromApproval() {
        // A transaction file is the shop's catalogue when it has no other: its items are added, priced when the file gives a price.
        formats.file(ORDERS, UploadFormat.TRANSACTIONS).facts(new FileFacts(false, "with_offset", List.of(), 1, "Invoice")).read(
                transaction(2, "1", "2024-03-04T10:00:00Z", item(2, "COFFEE", null), item(3, "BREAD", "1.20")),
                transaction(4, "2", "2024-03-05T10:00:00Z", item(4, "TEA", null), item(5, "COFFEE", null)));

        Job done = run(importing(false, ORDERS));

        FileReport file = assertInstanceOf(ImportReport.class, done.report().orElseThrow()).files().getFirst();
        assertEquals(3L, file.counts().get("items_added"));
        assertEquals(2L, file.counts().get("items_without_price"));
        assertEquals(List.of("2 items came without a price: priced 0 until a products export prices them (matched by SKU), and until"
                + " then a bundle with one of them cannot be approved."), file.warnings());
    }

    /** An invoice of a transaction file uploaded alone (file 0) on {@code line}, its lines given whole. */
    private static OrderRecord transaction(long line, String name, String placedAt, LineRecord... lines) {
        return new OrderRecord(new SourceRow(0, line), name, OrderHeader.placedAt(OrderDate.exactly(Instant.parse(placedAt))),
                List.of(lines));
    }

    /** A line naming a catalogue item by its code, one unit at {@code price} (null: the file gives none). */
    private static LineRecord item(long line, String code, String price) {
        return new LineRecord(new SourceRow(0, line), code, code, null, 1, price == null ? null : new BigDecimal(price), null, null, "",
                false, true);
    }

    @Test
    void aBadRecordFailsTheJobNamingItsPlaceAndChangesNothing() {
        productsFile();
        ImportProblem negative = new ImportProblem(ORDERS, 3, 4, "Lineitem quantity", "-2", "'-2' is negative");
        formats.file(ORDERS, UploadFormat.SHOPIFY_ORDERS).facts(ORDER_FACTS)
                .read(order(2, "#1001", "2024-03-04T10:00:00Z", "WAX"))
                .refused(negative, negative.forRow(4, "belongs to order #1002, whose line 3 was refused"))
                .read(order(5, "#1003", "2024-03-06T10:00:00Z", "WAX"));

        Job failed = run(importing(false, PRODUCTS, ORDERS));

        assertEquals(JobState.FAILED, failed.state());
        assertEquals(JobFailure.rejected(negative), failed.failure().orElseThrow());
        assertEquals("orders_export.csv line 3, column 4 (Lineitem quantity): '-2' is negative", failed.failure().get().detail());
        assertEquals(List.of(), cartwise.catalog.all(shop));
        assertEquals(0, ordersOfTheShop());
        assertEquals(Set.of(), uploads.kept);
    }

    @Test
    void aProblemOnlyTheWholeUploadShowsFailsTheJobNamingItsPlaceAndChangesNothing() {
        productsFile();
        formats.file(ORDERS, UploadFormat.SHOPIFY_ORDERS).facts(ORDER_FACTS).read(
                order(2, "#1001", "2024-03-04T10:00:00Z", "WAX"),
                order(3, "#1002", "2024-03-05T10:00:00Z", "BOOT-42"),
                order(4, "#1001", "2024-03-04T10:00:00Z", "BOOT-42"));

        Job failed = run(importing(false, PRODUCTS, ORDERS));

        ImportProblem problem = failed.failure().orElseThrow().problem().orElseThrow();
        assertEquals(List.of(ORDERS, 4L, 1, "Name"), List.of(problem.file(), problem.line(), problem.column(), problem.columnName()));
        assertEquals(List.of(), cartwise.catalog.all(shop));
        assertEquals(0, ordersOfTheShop());
    }

    @Test
    void everyHeaderIsCheckedBeforeAnyFileIsRead() {
        productsFile();
        formats.file(ORDERS, UploadFormat.SHOPIFY_ORDERS).headerRefused("is no file Cartwise knows by its header");

        Job failed = run(importing(false, PRODUCTS, ORDERS));

        assertEquals(new ImportProblem(ORDERS, 1, 0, "", "is no file Cartwise knows by its header"),
                failed.failure().orElseThrow().problem().orElseThrow());
        assertEquals(List.of(), formats.opened());
        assertEquals(Set.of(), uploads.kept);
    }

    @Test
    void aFileOfOnlyAHeaderFailsTheJobAtItsSecondLine() {
        productsFile();
        formats.file(ORDERS, UploadFormat.SHOPIFY_ORDERS).facts(ORDER_FACTS);

        Job failed = run(importing(false, PRODUCTS, ORDERS));

        assertEquals(new ImportProblem(ORDERS, 2, 0, "", "has its header line and no row after it: there is nothing to import"),
                failed.failure().orElseThrow().problem().orElseThrow());
        assertEquals(List.of(), cartwise.catalog.all(shop));
    }

    @Test
    void aCancelBeforeTheCommitLeavesTheShopAsItWas() {
        productsFile();
        AtomicReference<JobId> job = new AtomicReference<>();
        formats.file(ORDERS, UploadFormat.SHOPIFY_ORDERS).facts(ORDER_FACTS)
                .read(order(2, "#1001", "2024-03-04T10:00:00Z", "WAX"))
                .then(() -> cartwise.jobs.requestCancel(shop, job.get(), Instant.now()))
                .read(order(3, "#1002", "2024-03-05T10:00:00Z", "WAX", "BOOT-42"));
        Job started = importing(false, PRODUCTS, ORDERS);
        job.set(started.id());

        Job cancelled = run(started);

        assertEquals(JobState.CANCELLED, cancelled.state());
        assertEquals("Cancelled at the merchant's request", cancelled.progress().message());
        assertEquals(List.of(), cartwise.catalog.all(shop));
        assertEquals(0, ordersOfTheShop());
        assertEquals(Set.of(), uploads.kept);
    }

    @Test
    void aLenientImportCountsEveryRowOnceAsImportedOrRefusedInItsFileAndReportsEachRefusal() {
        productsFile();
        ImportProblem negative = new ImportProblem(ORDERS, 3, 4, "Lineitem quantity", "-2", "'-2' is negative");
        ImportProblem takenWithIt = negative.forRow(4, "belongs to order #1002, whose line 3 was refused");
        // #1001 on line 2 and again on line 7: the whole-upload check refuses both listings.
        formats.file(ORDERS, UploadFormat.SHOPIFY_ORDERS).facts(ORDER_FACTS)
                .read(order(2, "#1001", "2024-03-04T10:00:00Z", "WAX"))
                .refused(negative, takenWithIt)
                .read(order(5, "#1003", "2024-03-06T10:00:00Z", "WAX", "BOOT-42"), order(7, "#1001", "2024-03-04T10:00:00Z", "BOOT-42"));

        Job done = run(importing(true, PRODUCTS, ORDERS));

        ImportReport report = (ImportReport) done.report().orElseThrow();
        assertEquals(List.of(List.of(3L, 3L, 0L), List.of(6L, 2L, 4L)),
                report.files().stream().map(f -> List.of(f.rows(), f.imported(), f.refused())).toList());
        assertEquals(orderCounts(1, 2), report.files().get(1).counts());
        assertEquals(true, report.lenient());
        assertEquals(new JobCounts(9, 5, 4), done.progress().counts());
        assertEquals("Imported 5 of 9 rows of 2 files; 4 refused (see the refusal report)", done.progress().message());
        List<Refusal> refusals = cartwise.jobs.refusals(shop, done.id(), 0, 10);
        assertEquals(List.of(1L, 2L, 3L, 4L), refusals.stream().map(Refusal::ordinal).toList());
        assertEquals(List.of(negative, takenWithIt), refusals.subList(0, 2).stream().map(Refusal::problem).toList());
        assertEquals(List.of(2L, 7L), refusals.subList(2, 4).stream().map(r -> r.problem().line()).toList());
        assertEquals(1, ordersOfTheShop());
    }
}
