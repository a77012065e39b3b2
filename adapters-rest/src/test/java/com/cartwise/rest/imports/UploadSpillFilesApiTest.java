package com.cartwise.rest.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobRequest;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.Api.Response;
import com.cartwise.rest.Api.Upload;
import com.cartwise.rest.ApiTest;
import com.cartwise.rest.SkiShopExports;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The files the HTTP server spills an upload's parts into as they arrive (every part past the
 * multipart threshold, here a few bytes) are gone once the request is answered, whatever the answer:
 * an upload refused before it is read (unknown shop, busy shop) included, where nothing reads the
 * parts. A file left behind is a merchant's export on the server's disk until someone finds it.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadSpillFilesApiTest extends ApiTest implements TestPropertyProvider {
    /** Longer than any answer here takes to be released; a leak stays forever, so waiting this long cannot hide one. */
    private static final long PATIENCE_MILLIS = 5_000;
    private final Path spill = temporaryDirectory();

    @Override
    public Map<String, String> getProperties() {
        return Map.of("micronaut.server.multipart.location", spill.toString(), "micronaut.server.multipart.threshold", "16");
    }

    @Test
    void anUploadToAnUnknownShopLeavesNoSpilledFile() throws Exception {
        Response missing = api.upload(imports("spill-no-such-shop"), "products_export.csv", SkiShopExports.PRODUCTS);

        assertEquals(404, missing.status());
        assertNoSpilledFileRemains();
    }

    @Test
    void aLargeUploadToAnUnknownShopLeavesNoSpilledFileThoughItArrivesAfterTheAnswerIsDecided() throws Exception {
        // Megabytes arrive in many reads: the parts are let go of while their content is still coming in.
        String large = SkiShopExports.PRODUCTS + "x,".repeat(1_000_000);

        Response missing = api.upload(imports("spill-no-such-shop"), "products_export.csv", large);

        assertEquals(404, missing.status());
        assertNoSpilledFileRemains();
    }

    @Test
    void anUploadOfSeveralFilesToAnUnknownShopLeavesNoSpilledFile() throws Exception {
        Response missing = api.uploadFiles(imports("spill-no-such-shop"), List.of(new Upload("products_export.csv", SkiShopExports.PRODUCTS),
                new Upload("orders_export.csv", SkiShopExports.ORDERS), new Upload("more_orders.csv", SkiShopExports.ORDERS)));

        assertEquals(404, missing.status());
        assertNoSpilledFileRemains();
    }

    @Test
    void anUploadToABusyShopLeavesNoSpilledFile() throws Exception {
        givenShop("spill-busy-shop");
        cartwise.jobs.park(Job.queued(ShopId.of("spill-busy-shop"), JobId.random(), (JobRequest) () -> JobKind.TRAINING, Instant.now()));

        Response busy = api.upload(imports("spill-busy-shop"), "products_export.csv", SkiShopExports.PRODUCTS);

        assertEquals(409, busy.status());
        assertNoSpilledFileRemains();
    }

    @Test
    void anImportedUploadLeavesNoSpilledFile() throws Exception {
        givenShop("spill-imported-shop");

        Response imported = api.uploadAndWait(imports("spill-imported-shop"), "products_export.csv", SkiShopExports.PRODUCTS);

        assertEquals(201, imported.status(), String.valueOf(imported.body()));
        assertNoSpilledFileRemains();
    }

    @Test
    void aDamagedUploadLeavesNoSpilledFile() throws Exception {
        givenShop("spill-damaged-shop");

        Response damaged = api.uploadWithSha256(imports("spill-damaged-shop"), "products_export.csv", SkiShopExports.PRODUCTS, "0".repeat(64));

        assertEquals(400, damaged.status());
        assertNoSpilledFileRemains();
    }

    @Test
    void anUploadWhoseFirstFileArrivedDamagedLeavesNoSpilledFileOfTheOthers() throws Exception {
        givenShop("spill-damaged-first-shop");

        Response damaged = api.uploadFilesWithSha256(imports("spill-damaged-first-shop"), List.of(
                new Upload("products_export.csv", SkiShopExports.PRODUCTS), new Upload("orders_export.csv", SkiShopExports.ORDERS)),
                "0".repeat(64) + "," + "0".repeat(64));

        assertEquals(400, damaged.status());
        assertNoSpilledFileRemains();
    }

    @Test
    void anUploadOfAnUnknownTypeLeavesNoSpilledFile() throws Exception {
        givenShop("spill-type-shop");

        Response bad = api.upload(imports("spill-type-shop") + "?type=spreadsheet", "products_export.csv", SkiShopExports.PRODUCTS);

        assertEquals(400, bad.status());
        assertNoSpilledFileRemains();
    }

    /** Empty once every test has passed; a failed one's files stay, to be looked at. */
    @AfterAll
    void removeTheSpillDirectory() throws IOException {
        if (spilled().isEmpty()) {
            Files.delete(spill);
        }
    }

    private void assertNoSpilledFileRemains() throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        List<Path> left = spilled();
        while (!left.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            left = spilled();
        }
        assertEquals(List.of(), left);
    }

    private List<Path> spilled() {
        try (Stream<Path> files = Files.list(spill)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("cartwise-spill-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
