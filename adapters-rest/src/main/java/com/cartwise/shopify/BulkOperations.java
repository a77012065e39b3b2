package com.cartwise.shopify;

import com.cartwise.application.port.ShopifyAdmin;
import com.cartwise.application.shopify.ShopifyAccess;
import com.cartwise.application.shopify.ShopifyFailure;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs a bulk query as Shopify's guide describes: bulkOperationRunQuery, then the operation polled
 * by id until it completes, then its JSONL result downloaded. The result is saved to a temporary
 * file before it is read, so that a download that breaks half-way is simply fetched again, and no
 * record reaches the import twice. A bulk query Cartwise left running (its sync died) is cancelled
 * first: an app runs one bulk query per shop at a time.
 */
final class BulkOperations {
    private static final String CANCEL = """
            mutation CancelBulkOperation($id: ID!) {
              bulkOperationCancel(id: $id) { bulkOperation { id status } userErrors { field message } }
            }""";
    private static final int DOWNLOAD_ATTEMPTS = 3;
    private static final System.Logger LOG = System.getLogger(BulkOperations.class.getName());

    private final Graphql graphql;
    private final ShopifyHttp http;
    private final ShopifySettings settings;

    BulkOperations(Graphql graphql, ShopifyHttp http, ShopifySettings settings) {
        this.graphql = graphql;
        this.http = http;
        this.settings = settings;
    }

    /** Runs the query and hands its result, as a stream of JSONL, to {@code read}; an empty result reads nothing. */
    void run(ShopifyAccess access, String query, ShopifyAdmin.Feed feed, Consumer<InputStream> read) {
        Runnable throttled = () -> feed.progress(ShopifyAdmin.Feed.Step.THROTTLED, 0);
        long started = System.nanoTime();
        String id = start(access, query, throttled);
        long objects = 0;
        while (true) {
            JsonNode operation = Json.at(graphql.data(access, Queries.BULK_STATUS, Map.of("id", JsonNode.createStringNode(id)), throttled),
                    "node").orElseThrow(() -> new ShopifyFailure(ShopifyFailure.Kind.REFUSED, "Shopify lost bulk operation " + id));
            objects = Json.number(operation, "rootObjectCount").orElse(objects);
            String status = Json.textOr(operation, "", "status");
            switch (status) {
                case "COMPLETED" -> {
                    long prepared = System.nanoTime();
                    Optional<String> url = Json.text(operation, "url");
                    if (url.isPresent()) {
                        readDownloaded(URI.create(url.get()), feed, read, id, prepared - started);
                    }
                    return;
                }
                case "CREATED", "RUNNING" -> {
                    long seen = objects;
                    feed.progress(ShopifyAdmin.Feed.Step.PREPARING, seen);
                    Pause.of(settings.bulkPollInterval(), () -> feed.progress(ShopifyAdmin.Feed.Step.PREPARING, seen));
                }
                default -> throw new ShopifyFailure(ShopifyFailure.Kind.REFUSED, "Shopify's bulk operation ended " + status
                        + Json.text(operation, "errorCode").map(code -> " (" + code + ")").orElse("")
                        + "; start the sync again, and if it fails again ask Shopify's support about the shop's data");
            }
        }
    }

    private String start(ShopifyAccess access, String query, Runnable throttled) {
        for (int attempt = 1; ; attempt++) {
            JsonNode payload = Json.at(graphql.data(access, Queries.RUN_BULK, Map.of("query", JsonNode.createStringNode(query)),
                    throttled), "bulkOperationRunQuery").orElseThrow(() -> new ShopifyFailure(ShopifyFailure.Kind.REFUSED,
                    "Shopify did not start the bulk operation"));
            List<JsonNode> errors = Json.list(payload, "userErrors");
            if (errors.isEmpty()) {
                return Json.text(payload, "bulkOperation", "id").orElseThrow(() -> new ShopifyFailure(ShopifyFailure.Kind.REFUSED,
                        "Shopify started a bulk operation without an id"));
            }
            boolean busy = errors.stream().anyMatch(e -> "OPERATION_IN_PROGRESS".equals(Json.textOr(e, "", "code"))
                    || Json.textOr(e, "", "message").contains("already in progress"));
            if (!busy || attempt > 2) {
                throw new ShopifyFailure(ShopifyFailure.Kind.REFUSED, "Shopify refused the bulk operation: "
                        + errors.stream().map(e -> Json.textOr(e, "", "message")).toList());
            }
            cancelLeftover(access, throttled);
        }
    }

    /** Cancels the bulk query a dead sync left running, and waits until Shopify has stopped it. */
    private void cancelLeftover(ShopifyAccess access, Runnable throttled) {
        Optional<JsonNode> current = Json.at(graphql.data(access, Queries.CURRENT_BULK, Map.of(), throttled), "currentBulkOperation");
        Optional<String> id = current.flatMap(c -> Json.text(c, "id"));
        if (id.isEmpty()) {
            return;
        }
        graphql.data(access, CANCEL, Map.of("id", JsonNode.createStringNode(id.get())), throttled);
        for (int polls = 0; polls < 60; polls++) {
            String status = Json.at(graphql.data(access, Queries.CURRENT_BULK, Map.of(), throttled), "currentBulkOperation")
                    .map(c -> Json.textOr(c, "", "status")).orElse("");
            if (!status.equals("RUNNING") && !status.equals("CREATED") && !status.equals("CANCELING")) {
                return;
            }
            Pause.of(settings.bulkPollInterval(), throttled);
        }
    }

    /** Where a bulk query's time went (operators tune the poll interval and page sizes by it); never the data. */
    private void readDownloaded(URI url, ShopifyAdmin.Feed feed, Consumer<InputStream> read, String id, long preparedNanos) {
        long downloading = System.nanoTime();
        Path file = download(url, feed);
        long reading = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            read.accept(in);
            LOG.log(System.Logger.Level.DEBUG, () -> String.format(java.util.Locale.ROOT,
                    "bulk operation %s: prepared in %.2f s, %,d bytes downloaded in %.2f s, read in %.2f s", id, preparedNanos / 1e9,
                    file.toFile().length(), (reading - downloading) / 1e9, (System.nanoTime() - reading) / 1e9));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a downloaded bulk result", e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    private Path download(URI url, ShopifyAdmin.Feed feed) {
        Runnable waiting = () -> feed.progress(ShopifyAdmin.Feed.Step.READING, 0);
        for (int attempt = 1; ; attempt++) {
            Path file = null;
            try {
                file = Files.createTempFile("cartwise-shopify-bulk-", ".jsonl");
                try (InputStream in = http.download(url, waiting)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                return file;
            } catch (IOException e) {
                deleteQuietly(file);
                if (attempt >= DOWNLOAD_ATTEMPTS) {
                    throw new ShopifyFailure(ShopifyFailure.Kind.UNAVAILABLE, "the bulk result could not be downloaded after "
                            + attempt + " attempts: " + e.getClass().getSimpleName());
                }
            } catch (RuntimeException e) {
                deleteQuietly(file);
                throw e;
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
