package com.cartwise.rest.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobCounts;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobProgress;
import com.cartwise.application.jobs.JobRequest;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.port.UploadStore;
import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.Api.Response;
import com.cartwise.rest.Api.Upload;
import com.cartwise.rest.ApiTest;
import com.cartwise.rest.SkiShopExports;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Uploading files to import: a job answered at once, or waited for; every problem at its place. */
@MicronautTest
class ImportsApiTest extends ApiTest {
    @Inject
    UploadStore uploads;

    @Test
    void startsAnImportJobAndAnswers202WithItsLocation() {
        givenShop("async-shop");

        Response started = api.upload(imports("async-shop"), "products_export.csv", SkiShopExports.PRODUCTS);

        assertEquals(202, started.status());
        String jobId = started.body().text("job_id");
        assertEquals("/api/v1/shops/async-shop/jobs/" + jobId, started.location());
        assertEquals("import", started.body().text("kind"));
        assertEquals("queued", started.body().text("state"));
        Response finished = waitUntilFinished(started.location());
        assertEquals("succeeded", finished.body().text("state"));
        assertEquals(100.0, finished.body().decimal("percent"));
        assertEquals(5, cartwise.catalog.all(ShopId.of("async-shop")).size());
    }

    @Test
    void waitsForTheJobWhenAskedAndAnswers201WithItsReport() {
        givenShop("products-shop");

        Response imported = api.uploadAndWait(imports("products-shop"), "products_export.csv", SkiShopExports.PRODUCTS);

        assertEquals(201, imported.status());
        assertEquals("succeeded", imported.body().text("state"));
        assertEquals(List.of(6L, 6L, 0L), List.of(imported.body().number("rows_read"), imported.body().number("rows_imported"),
                imported.body().number("rows_rejected")));
        assertEquals("products", imported.body().text("report.files[0].type"));
        assertEquals("products_export.csv", imported.body().text("report.files[0].file"));
        assertEquals(new TreeSet<>(Set.of("products_added", "variants_added", "variants_updated", "image_rows")),
                imported.body().fields("report.files[0].counts"));
        assertEquals(List.of(4L, 5L, 0L, 1L), List.of(imported.body().number("report.files[0].counts.products_added"),
                imported.body().number("report.files[0].counts.variants_added"),
                imported.body().number("report.files[0].counts.variants_updated"),
                imported.body().number("report.files[0].counts.image_rows")));
        assertEquals(5, cartwise.catalog.all(ShopId.of("products-shop")).size());
    }

    @Test
    void updatesTheSameVariantsWhenTheSameExportComesAgain() {
        givenShop("reimport-shop");
        api.uploadAndWait(imports("reimport-shop"), "products_export.csv", SkiShopExports.PRODUCTS);
        List<Long> ids = variantIds("reimport-shop");

        Response again = api.uploadAndWait(imports("reimport-shop"), "products_export.csv", SkiShopExports.PRODUCTS);

        assertEquals(201, again.status());
        assertEquals(List.of(0L, 0L, 5L), List.of(again.body().number("report.files[0].counts.products_added"),
                again.body().number("report.files[0].counts.variants_added"),
                again.body().number("report.files[0].counts.variants_updated")));
        assertEquals(ids, variantIds("reimport-shop"));
    }

    @Test
    void importsAnOrdersExportAndReportsItsDatesAndUnmatchedLines() {
        givenShop("orders-shop");

        Response imported = api.uploadAndWait(imports("orders-shop"), "orders_export.csv", SkiShopExports.ORDERS);

        assertEquals(201, imported.status());
        assertEquals("orders", imported.body().text("report.files[0].type"));
        assertEquals(20, imported.body().number("report.files[0].rows"));
        assertEquals(List.of(10L, 0L, 20L, 20L), List.of(imported.body().number("report.files[0].counts.orders_added"),
                imported.body().number("report.files[0].counts.orders_replaced"),
                imported.body().number("report.files[0].counts.lines"),
                // no catalogue yet: no line matches a variant
                imported.body().number("report.files[0].counts.unmatched_lines")));
        assertEquals("with_offset", imported.body().text("report.files[0].date_format"));
    }

    @Test
    void leavesOrdersImportedBeforeAsTheyWereWhenTheExportSaysTheSame() {
        givenSkiShopWithHistory("orders-again");
        BasketHistory before = cartwise.orderHistory.baskets(ShopId.of("orders-again"));

        Response again = api.uploadAndWait(imports("orders-again"), "orders_export.csv", SkiShopExports.ORDERS);

        assertEquals(List.of(0L, 0L, 10L), List.of(again.body().number("report.files[0].counts.orders_added"),
                again.body().number("report.files[0].counts.orders_replaced"),
                again.body().number("report.files[0].counts.orders_unchanged")));
        assertEquals(before, cartwise.orderHistory.baskets(ShopId.of("orders-again")));
    }

    @Test
    void importsSeveralFilesOfOneUploadTogether() {
        givenShop("two-files-shop");

        Response imported = api.uploadFiles(imports("two-files-shop") + "?wait=true", List.of(
                new Upload("orders_export.csv", SkiShopExports.ORDERS), new Upload("products_export.csv", SkiShopExports.PRODUCTS)));

        assertEquals(201, imported.status());
        assertEquals(List.of("orders", "products"), List.of(imported.body().text("report.files[0].type"),
                imported.body().text("report.files[1].type")));
        // One merge: the orders resolve against the catalogue of the same upload; only the gift card does not.
        assertEquals(1, imported.body().number("report.files[0].counts.unmatched_lines"));
        assertEquals(10, cartwise.orderHistory.baskets(ShopId.of("two-files-shop")).orders());
    }

    @Test
    void saysWhenItHadToAssumeThatDatesPutTheDayFirst() {
        givenShop("resaved-shop");
        String resaved = """
                Name,Created at,Lineitem quantity,Lineitem name,Lineitem sku
                #1001,01/02/2024 10:00,1,Ski Wax,WAX
                """;

        Response imported = api.uploadAndWait(imports("resaved-shop"), "orders.csv", resaved);

        assertEquals(201, imported.status());
        assertEquals("day_first", imported.body().text("report.files[0].date_format"));
        assertTrue(imported.body().texts("report.files[0].warnings").getFirst().contains("day first"));
    }

    @Test
    void importsAsTheTypeTheQueryNames() {
        givenShop("typed-shop");

        Response imported = api.uploadAndWait(imports("typed-shop") + "?type=products", "export.csv", SkiShopExports.PRODUCTS);

        assertEquals(201, imported.status());
        assertEquals("products", imported.body().text("report.files[0].type"));
    }

    @Test
    void refusesAFileThatIsNotOfTheTypeTheQueryNamesAndImportsNothing() {
        givenShop("mistyped-shop");

        Response wrongType = api.uploadAndWait(imports("mistyped-shop") + "?type=orders", "products_export.csv",
                SkiShopExports.PRODUCTS);

        assertEquals(400, wrongType.status());
        assertEquals(1, wrongType.body().number("line"));
        assertEquals(0, wrongType.body().number("column"));
        assertEquals("Name, Created at, Lineitem quantity, Lineitem name, Lineitem sku", wrongType.body().text("column_name"));
        assertNotNull(wrongType.body().text("job_id"));
        assertEquals(0, cartwise.orderHistory.baskets(ShopId.of("mistyped-shop")).orders());
    }

    @Test
    void keepsTheShopsOrdersWhenAFileIsRefused() {
        givenSkiShopWithHistory("kept-shop");
        String contradictory = """
                Name,Created at,Lineitem quantity,Lineitem name,Lineitem sku
                #1001,31/12/2024 22:36,1,Ski Wax,WAX
                #2001,12/31/2024 10:00,1,Goggles,GOG
                """;

        Response rejected = api.uploadAndWait(imports("kept-shop"), "resaved.csv", contradictory);

        assertEquals(400, rejected.status());
        assertEquals(3, rejected.body().number("line"));
        assertEquals("Created at", rejected.body().text("column_name"));
        BasketHistory history = cartwise.orderHistory.baskets(ShopId.of("kept-shop"));
        assertEquals(10, history.orders());
        assertEquals(Instant.parse("2025-01-01T09:00:00Z"), history.baskets().getFirst().placedAt());
    }

    @Test
    void refusesABadRowNamingItsFileLineColumnAndValue() {
        givenShop("rejected-shop");
        String badPrice = SkiShopExports.PRODUCTS.replace("goggles,Goggles,Alpine,Eyewear,,Title,Default Title,GOG,shopify,3,deny,60.00",
                "goggles,Goggles,Alpine,Eyewear,,Title,Default Title,GOG,shopify,3,deny,sixty");

        Response rejected = api.uploadAndWait(imports("rejected-shop"), "products_export.csv", badPrice);

        assertEquals(400, rejected.status());
        assertEquals("application/problem+json", rejected.contentType());
        assertEquals(new TreeSet<>(Set.of("type", "title", "status", "detail", "file", "line", "column", "column_name", "value",
                "job_id")), rejected.body().fields());
        assertEquals("urn:cartwise:problem:rejected-file", rejected.body().text("type"));
        assertEquals(List.of("products_export.csv", "Variant Price", "sixty"), List.of(rejected.body().text("file"),
                rejected.body().text("column_name"), rejected.body().text("value")));
        assertEquals(List.of(6L, 12L), List.of(rejected.body().number("line"), rejected.body().number("column")));
        assertEquals("products_export.csv line 6, column 12 (Variant Price): 'sixty' is not a number like 12.50",
                rejected.body().text("detail"));
        assertEquals(List.of(), cartwise.catalog.all(ShopId.of("rejected-shop")));
    }

    @Test
    void leniencyImportsTheValidRowsAndReportsEachRefusedOneAsCsv() {
        givenShop("lenient-shop");
        String badPrice = SkiShopExports.PRODUCTS.replace("GOG,shopify,3,deny,60.00", "GOG,shopify,3,deny,12,50");

        Response imported = api.uploadAndWait(imports("lenient-shop") + "?lenient=true", "products_export.csv", badPrice);

        assertEquals(201, imported.status());
        assertEquals(List.of(6L, 5L, 1L), List.of(imported.body().number("rows_read"), imported.body().number("rows_imported"),
                imported.body().number("rows_rejected")));
        assertEquals(4, cartwise.catalog.all(ShopId.of("lenient-shop")).size());
        String csv = api.text(imported.body().text("links.refusals"));
        assertEquals(List.of("file,line,column,column_name,value,reason",
                "products_export.csv,6,0,,,\"has 15 fields, but the header has 14 columns: a quote or a comma is missing or extra\""),
                csv.lines().toList());
    }

    @Test
    void refusesAFileThatIsNoFormatCartwiseKnows() {
        givenShop("unknown-file-shop");

        Response rejected = api.uploadAndWait(imports("unknown-file-shop"), "notes.csv", "Colour,Mood\nblue,calm\n");

        assertEquals(400, rejected.status());
        assertEquals(1, rejected.body().number("line"));
        assertEquals("notes.csv", rejected.body().text("file"));
    }

    @Test
    void answers404ForAnUnknownShopAndStoresNothing() throws IOException {
        Response missing = api.upload(imports("no-such-shop"), "products_export.csv", SkiShopExports.PRODUCTS);

        assertEquals(404, missing.status());
        assertEquals("urn:cartwise:problem:shop-not-found", missing.body().text("type"));
        assertEquals(List.of(), storedUploads());
    }

    @Test
    void answers409NamingTheJobThatHoldsTheShop() {
        givenShop("busy-shop");
        // A training queued for another instance's worker holds the shop's write slot.
        Job training = Job.queued(ShopId.of("busy-shop"), JobId.random(), (JobRequest) () -> JobKind.TRAINING, Instant.now());
        cartwise.jobs.park(training);

        Response busy = api.upload(imports("busy-shop"), "products_export.csv", SkiShopExports.PRODUCTS);

        assertEquals(409, busy.status());
        assertEquals("urn:cartwise:problem:shop-busy", busy.body().text("type"));
        assertEquals(training.id().toString(), busy.body().text("job_id"));
        assertTrue(busy.body().text("detail").contains(training.id().toString()));
        assertTrue(busy.body().text("detail").startsWith("Shop 'busy-shop' has a training job waiting to run ("), busy.body().text("detail"));
    }

    @Test
    void answers409NamingThePhaseOfTheJobRunning() {
        givenShop("running-shop");
        Job queued = Job.queued(ShopId.of("running-shop"), JobId.random(), (JobRequest) () -> JobKind.TRAINING, Instant.now());
        Job learning = new Job(queued.shop(), queued.id(), queued.kind(), JobState.RUNNING,
                new JobProgress("learning", 40, "Learning", JobCounts.NONE, OptionalLong.empty()), queued.createdAt(),
                Optional.of(Instant.now()), Optional.empty(), queued.request(), Optional.empty(), Optional.empty(), false, 1,
                Optional.empty());
        cartwise.jobs.park(learning);

        Response busy = api.upload(imports("running-shop"), "products_export.csv", SkiShopExports.PRODUCTS);

        assertEquals(409, busy.status());
        assertEquals("Shop 'running-shop' is running a training job (" + learning.id() + ", learning): one job that changes a"
                + " shop's data runs at a time. Wait for it (GET /api/v1/shops/running-shop/jobs/" + learning.id() + ") or cancel it,"
                + " then start again.", busy.body().text("detail"));
    }

    @Test
    void refusesAnUnknownTypeNamingTheParameter() {
        givenShop("type-shop");

        Response bad = api.upload(imports("type-shop") + "?type=spreadsheet", "products_export.csv", SkiShopExports.PRODUCTS);

        assertEquals(400, bad.status());
        assertEquals("type", bad.body().text("field"));
        assertEquals(List.of(), cartwise.catalog.all(ShopId.of("type-shop")));
    }

    @Test
    void refusesAnUploadWithoutTheFilePart() {
        givenShop("no-file-shop");

        Response bad = api.uploadWithoutFile(imports("no-file-shop"));

        assertEquals(400, bad.status());
        assertEquals("file", bad.body().text("field"));
    }

    @Test
    void importsAFileWhoseBytesHashToTheSha256ItsSenderSent() {
        givenShop("checked-shop");

        Response imported = api.uploadWithSha256(imports("checked-shop") + "?wait=true", "products_export.csv",
                SkiShopExports.PRODUCTS, sha256(SkiShopExports.PRODUCTS));

        assertEquals(201, imported.status());
        assertEquals(5, cartwise.catalog.all(ShopId.of("checked-shop")).size());
    }

    @Test
    void refusesAFileThatArrivesWithOtherBytesThanItsSenderHashedAndKeepsNothingOfIt() throws IOException {
        givenShop("damaged-shop");
        // What the sender hashed lost its last line on the way.
        String sent = SkiShopExports.PRODUCTS;
        String arrived = sent.substring(0, sent.lastIndexOf('\n', sent.length() - 2) + 1);

        Response refused = api.uploadWithSha256(imports("damaged-shop") + "?wait=true", "products_export.csv", arrived, sha256(sent));

        assertEquals(400, refused.status());
        assertEquals("urn:cartwise:problem:upload-damaged", refused.body().text("type"));
        assertEquals("products_export.csv", refused.body().text("file"));
        assertTrue(refused.body().text("detail").contains(sha256(sent)), refused.body().text("detail"));
        assertTrue(refused.body().text("detail").contains(sha256(arrived)), "names what arrived: " + refused.body().text("detail"));
        assertEquals(List.of(), storedUploads());
        assertEquals(List.of(), cartwise.catalog.all(ShopId.of("damaged-shop")));
        assertEquals(0, api.get("/api/v1/shops/damaged-shop/jobs").body().size("jobs"));
    }

    @Test
    void refusesADigestHeaderThatIsNotSha256HexNamingTheHeader() throws IOException {
        givenShop("bad-digest-shop");

        Response bad = api.uploadWithSha256(imports("bad-digest-shop"), "products_export.csv", SkiShopExports.PRODUCTS, "md5:abc");

        assertEquals(400, bad.status());
        assertEquals("Cartwise-Upload-Sha256", bad.body().text("field"));
        assertEquals(List.of(), storedUploads());
    }

    @Test
    void refusesADigestHeaderNamingMoreFilesThanTheUploadHas() throws IOException {
        givenShop("two-digests-shop");
        String digest = sha256(SkiShopExports.PRODUCTS);

        Response bad = api.uploadWithSha256(imports("two-digests-shop"), "products_export.csv", SkiShopExports.PRODUCTS,
                digest + "," + digest);

        assertEquals(400, bad.status());
        assertEquals("Cartwise-Upload-Sha256", bad.body().text("field"));
        assertTrue(bad.body().text("detail").contains("names 2 digest(s), but the upload has 1 file(s)"), bad.body().text("detail"));
        assertEquals(List.of(), storedUploads());
    }

    @Test
    void namesTheMissingFilePartRatherThanTheDigestsWhenNoFileCame() {
        givenShop("digest-no-file-shop");

        Response bad = api.uploadWithoutFileWithSha256(imports("digest-no-file-shop"), sha256("anything"));

        assertEquals(400, bad.status());
        assertEquals("file", bad.body().text("field"));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void leavesNoUploadBehindOnceItsJobHasEnded() throws IOException {
        givenShop("tidy-shop");

        api.uploadAndWait(imports("tidy-shop"), "products_export.csv", SkiShopExports.PRODUCTS);
        api.uploadAndWait(imports("tidy-shop"), "broken.csv", "Handle,Variant Price\n\"open");

        assertEquals(List.of(), storedUploads());
    }

    private Response waitUntilFinished(String location) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        Response job = api.get(location);
        while (!Set.of("succeeded", "failed", "cancelled").contains(job.body().text("state")) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            job = api.get(location);
        }
        return job;
    }

    private List<Long> variantIds(String shop) {
        return cartwise.catalog.all(ShopId.of(shop)).stream().map(v -> v.id()).sorted().toList();
    }

    private List<Path> storedUploads() throws IOException {
        Path directory = uploads.path("upload-00000000-0000-0000-0000-000000000000.data").getParent();
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
