package com.cartwise.bootstrap.bundles;

import static com.cartwise.bootstrap.bundles.DemoExports.accepted;
import static com.cartwise.bootstrap.cli.CliRun.cartwise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.Cartwise;
import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.cli.CliRun;
import com.cartwise.bootstrap.robustness.Databases;
import com.cartwise.bootstrap.robustness.RestCalls;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.proto.v1.BundleServiceGrpc;
import com.cartwise.proto.v1.CartItem;
import com.cartwise.proto.v1.ListBundlesForCartRequest;
import com.cartwise.proto.v1.ListBundlesForCartResponse;
import com.cartwise.rest.client.CartwiseRestClient;
import com.cartwise.rest.client.GenerationStart;
import com.cartwise.rest.client.JobProgressEvent;
import com.cartwise.rest.client.RemoteJob;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bundle generation in the whole application on real sockets, with its embedded PostgreSQL: the
 * demo shop's exports uploaded over HTTP, a generation followed through its Server-Sent Events, a
 * bundle approved, made live and exported, then offered to a till over gRPC; two starts at once;
 * and the command line.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BundlesEndToEndTest {
    private static final String SHOP = "e2e-bundles";
    /** Every phase of a first generation, in the order it first reports them (copy and publishing then alternate). */
    private static final List<String> PHASES = List.of("queued", "starting", "reading", "quick_start", "enrichment", "objectives",
            "candidates", "deduplication", "ranking", "pricing", "explanation", "copy", "publishing", "done");

    private static CartwiseServer server;
    private static CartwiseRestClient client;
    private static RestCalls rest;
    private static ManagedChannel channel;
    @TempDir
    static Path dataDirectory;
    @TempDir
    static Path exports;

    @BeforeAll
    static void startCartwiseWithTheDemoShopsExports() {
        server = TestServers.embedded(dataDirectory);
        rest = new RestCalls(server.httpPort());
        client = new CartwiseRestClient(URI.create(rest.base()), Duration.ofSeconds(5), Duration.ofSeconds(30), TestServers.OPERATOR_KEY);
        channel = ManagedChannelBuilder.forAddress("localhost", server.grpcPort()).usePlaintext().intercept(TestServers.operatorKey()).build();
        rest.createShop(SHOP);
        DemoExports.importInto(client, SHOP, DemoExports.write(exports));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (channel != null) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        if (server != null) {
            server.close();
        }
    }

    /** First, so that it is the shop's first generation, which starts with a quick start. */
    @Test
    @Order(1)
    void aGenerationStreamsItsPhasesInOrderAndItsBundleIsApprovedActivatedExportedAndOfferedAtTheTill() {
        RemoteJob started = accepted(client.startBundleGeneration(new GenerationStart(SHOP, List.of(), List.of(), false,
                OptionalDouble.empty(), OptionalDouble.empty())));
        List<JobProgressEvent> events = new ArrayList<>();

        RemoteJob ended = accepted(client.follow(started, events::add));

        assertEquals(RemoteJob.SUCCEEDED, ended.state(), ended.toString());
        List<String> phases = new ArrayList<>(new LinkedHashSet<>(events.stream().map(JobProgressEvent::phase).toList()));
        assertEquals(PHASES.subList(PHASES.indexOf(phases.getFirst()), PHASES.size()), phases);
        assertTrue(ended.generationReport().orElseThrow().quickStartBundles() > 0);
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).percent() >= events.get(i - 1).percent(), "percent went back at event " + i);
        }
        assertEquals(100.0, events.getLast().percent());
        long published = ended.generationReport().orElseThrow().published();
        assertTrue(published > 40, "the demo shop's bundles fill every named wave: " + published);
        assertEquals(published + ended.generationReport().orElseThrow().quickStartBundles(), ended.tallies().get("published"));

        JsonNode bundle = json(rest.get("/api/v1/shops/" + SHOP + "/bundle-recommendations?type=fbt&limit=1")).get("bundle_recommendations")
                .get(0);
        String key = bundle.get("bundle_key").getStringValue();
        assertEquals(200, rest.post(bundle.get("links").get("approve").getStringValue(), "{\"note\": \"end to end\"}").statusCode());
        HttpResponse<String> activated = rest.post("/api/v1/shops/" + SHOP + "/active-bundles", "{\"bundle_key\": \"" + key + "\"}");
        assertEquals(201, activated.statusCode(), activated.body());

        JsonNode exported = json(rest.get("/api/v1/shops/" + SHOP + "/active-bundles/export")).get("bundles");
        assertEquals(1, exported.size());
        assertEquals(key, exported.get(0).get("bundle_key").getStringValue());
        assertTrue(exported.get(0).get("prices_current").getBooleanValue(), "the catalogue prices its items as when it was priced");
        String csv = rest.get("/api/v1/shops/" + SHOP + "/active-bundles/export?format=csv").body();
        assertEquals(1 + exported.get(0).get("items").size(), csv.strip().split("\r?\n").length, csv);

        String sku = exported.get(0).get("items").get(1).get("sku").getStringValue();
        ListBundlesForCartResponse offered = BundleServiceGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                .listBundlesForCart(ListBundlesForCartRequest.newBuilder().setShopId(SHOP).addItems(CartItem.newBuilder().setSku(sku))
                        .build());
        assertEquals(key, offered.getBundles(0).getBundleKey());
        assertTrue(offered.getBundles(0).getItems(1).getInCart());
        assertTrue(!offered.getBundles(0).getItems(0).getInCart());

        // the shopper's view and purchase of the live bundle teach the discount bandit, once
        String viewedAndBought = """
                {"events": [
                  {"event_id": "e2e-view", "type": "bundle_view", "occurred_at": "2026-11-26T10:00:00Z", "bundle_key": "%s"},
                  {"event_id": "e2e-buy", "type": "bundle_purchase", "occurred_at": "2026-11-26T10:01:00Z", "bundle_key": "%s",
                   "revenue": {"amount": "42.00", "currency_code": "EUR"}}]}""".formatted(key, key);
        assertEquals(200, rest.post("/api/v1/shops/" + SHOP + "/events", viewedAndBought).statusCode());
        assertEquals(200, rest.post("/api/v1/shops/" + SHOP + "/events", viewedAndBought).statusCode());
        try (Connection database = Databases.connect(server)) {
            assertEquals("2 1 42.00", Databases.single(database, "SELECT impressions || ' ' || purchases || ' ' || revenue"
                    + " FROM bundle_outcomes WHERE shop_id = ? AND bundle_key = ?", SHOP, key));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void twoStartsAtOnceGetOneJobAndOneConflictNamingIt() throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        Callable<HttpResponse<String>> start = () -> {
            ready.countDown();
            go.await();
            return rest.post("/api/v1/shops/" + SHOP + "/bundle-generations", "{\"ai_copy\": false}");
        };
        List<HttpResponse<String>> answers = new ArrayList<>();
        try (ExecutorService two = Executors.newFixedThreadPool(2)) {
            List<Future<HttpResponse<String>>> futures = List.of(two.submit(start), two.submit(start));
            ready.await();
            go.countDown();
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get(30, TimeUnit.SECONDS));
            }
        }

        List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
        assertEquals(List.of(202, 409), statuses, answers.stream().map(HttpResponse::body).toList().toString());
        HttpResponse<String> accepted = answers.stream().filter(a -> a.statusCode() == 202).findFirst().orElseThrow();
        HttpResponse<String> conflict = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        String jobId = json(accepted).get("job_id").getStringValue();
        assertEquals(jobId, json(conflict).get("job_id").getStringValue());
        RemoteJob job = accepted(client.job(SHOP, jobId));
        assertEquals(RemoteJob.SUCCEEDED, accepted(client.follow(job, e -> {
        })).state());
    }

    @Test
    void aFreeGiftPricedByTheMerchantIsApprovedInABundleAndAnItemThatCameWithoutAPriceIsNot() throws IOException {
        String shop = "e2e-free-gift";
        rest.createShop(shop);
        Path baskets = Files.writeString(exports.resolve("baskets.csv"), "wax,poles\n".repeat(6) + "wax,gloves\n".repeat(4));
        DemoExports.importInto(client, shop, List.of(baskets), Optional.of("baskets"));
        // the merchant's products export prices the wax at 0.00 (a free gift) and the poles; the gloves stay without a price
        Path products = Files.writeString(exports.resolve("gift_products_export.csv"), """
                Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Price
                wax,Wax,Title,Default Title,wax,0.00
                poles,Poles,Title,Default Title,poles,25.00
                """);
        DemoExports.importInto(client, shop, List.of(products));
        CliRun generated = cartwise("bundles", "generate", "--shop", shop, "--server", rest.base(), "--type", "fbt", "--no-ai-copy",
                "--no-progress");
        assertEquals(0, generated.exit(), generated.toString());
        JsonNode bundles = json(rest.get("/api/v1/shops/" + shop + "/bundle-recommendations?type=fbt&limit=100")).get("bundle_recommendations");

        JsonNode gift = waxWith(bundles, "poles");
        JsonNode gloves = waxWith(bundles, "gloves");
        CliRun withTheGift = cartwise("bundles", "approve", "--shop", shop, gift.get("bundle_key").getStringValue(), "--server", rest.base(),
                "--note", "the wax comes free");
        HttpResponse<String> withTheGloves = rest.post(gloves.get("links").get("approve").getStringValue(), "{}");
        CliRun glovesAgain = cartwise("bundles", "approve", "--shop", shop, gloves.get("bundle_key").getStringValue(), "--server", rest.base());
        CliRun glovesRejected = cartwise("bundles", "reject", "--shop", shop, gloves.get("bundle_key").getStringValue(), "--server",
                rest.base());

        assertTrue(Pattern.compile("\n  \\d\\. .+ — \\d+\\.\\d{2} EUR instead of \\d+\\.\\d{2}, but gloves came without a price: cannot be"
                + " approved \\(fbt").matcher(generated.out()).find(), generated.toString());
        assertTrue(generated.out().contains(" — no price (gloves came without one) (fbt"), generated.toString());
        assertTrue(generated.out().contains("\nItems that came without a price (basket and transaction files give none) keep their bundles"
                + " from approval: import a products export with their prices (matched by SKU), then generate again.\n"),
                generated.toString());
        assertEquals(0, withTheGift.exit(), withTheGift.toString());
        assertTrue(withTheGift.out().startsWith("Approved bundle " + gift.get("bundle_key").getStringValue() + ": "), withTheGift.toString());
        assertTrue(withTheGift.out().contains("Make it live: POST " + rest.base() + "/api/v1/shops/" + shop + "/active-bundles"),
                withTheGift.toString());
        assertEquals("the wax comes free", json(rest.get(gift.get("links").get("self").getStringValue())).get("note").getStringValue());
        assertEquals(409, withTheGloves.statusCode(), withTheGloves.body());
        assertTrue(withTheGloves.body().contains("cannot be approved: gloves came without a price and the bundle prices it at 0 EUR"),
                withTheGloves.body());
        assertEquals(2, glovesAgain.exit(), glovesAgain.toString());
        assertTrue(glovesAgain.err().startsWith("Cartwise refused the approval (409 bundle-unpriced): Bundle "), glovesAgain.toString());
        assertEquals(0, glovesRejected.exit(), glovesRejected.toString());
        assertTrue(glovesRejected.out().contains("Later generations keep it rejected."), glovesRejected.toString());
        // the poles dearer since: the approved bundle's listing says it would not be approved at its price now
        DemoExports.importInto(client, shop, List.of(Files.writeString(exports.resolve("gift_products_export.csv"), """
                Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Price
                poles,Poles,Title,Default Title,poles,27.00
                """)));
        JsonNode relisted = json(rest.get(gift.get("links").get("self").getStringValue())).get("approval_problem");
        assertEquals("urn:cartwise:problem:bundle-prices-changed", relisted.getStringValue());
        String giftKey = gift.get("bundle_key").getStringValue();
        CliRun approvedList = cartwise("bundles", "list", "--shop", shop, "--status", "approved", "--server", rest.base());
        assertEquals(0, approvedList.exit(), approvedList.toString());
        assertTrue(Pattern.compile("^  \\d+\\. .+ — \\d+\\.\\d{2} EUR instead of 25\\.00, but its items cost otherwise now: generate again to"
                + " price it anew \\(fbt, [a-z_]+; approved\\) " + giftKey + "$", Pattern.MULTILINE).matcher(approvedList.out()).find(),
                approvedList.toString());
        CliRun refusable = cartwise("bundles", "list", "--shop", shop, "--approvable", "false", "--limit", "100", "--server", rest.base());
        assertTrue(refusable.out().contains("; approved) " + giftKey + "\n"), refusable.toString());
        assertTrue(refusable.out().contains(", but gloves came without a price: cannot be approved (fbt, ")
                || refusable.out().contains("no price (gloves came without one) (fbt, "), refusable.toString());
        assertTrue(refusable.out().contains("; rejected) " + gloves.get("bundle_key").getStringValue() + "\n"), refusable.toString());
        // generated again, the approval of the old prices is proposed anew at the new ones, and the command says so
        CliRun again = cartwise("bundles", "generate", "--shop", shop, "--server", rest.base(), "--type", "fbt", "--no-ai-copy", "--no-progress");
        JsonNode proposedAnew = json(rest.get(gift.get("links").get("self").getStringValue()));
        CliRun proposedList = cartwise("bundles", "list", "--shop", shop, "--status", "proposed", "--approvable", "true", "--server",
                rest.base());
        assertTrue(Pattern.compile("^  \\d+\\. .+ — \\d+\\.\\d{2} EUR instead of 27\\.00 \\(fbt, [a-z_]+; proposed\\) " + giftKey + "$",
                Pattern.MULTILINE).matcher(proposedList.out()).find(), proposedList.toString());
        CliRun badStatus = cartwise("bundles", "list", "--shop", shop, "--status", "live", "--server", rest.base());
        assertEquals(1, badStatus.exit(), badStatus.toString());
        assertTrue(badStatus.err().contains("--status: 'live' is none of proposed, approved, rejected"), badStatus.toString());
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().contains("\n  1 bundle you approved is proposed anew at new prices: their items' prices changed since;"
                + " review it again (status=proposed)\n"), again.toString());
        assertEquals(List.of("proposed", "27.00"), List.of(proposedAnew.get("status").getStringValue(),
                proposedAnew.get("bundle").get("price").get("list_price").get("amount").getStringValue()));
        assertEquals("1 bundle you approved is proposed anew: their items' prices changed since",
                again.out().lines().filter(l -> l.startsWith("Bundle generation ")).findFirst().orElseThrow().replaceAll(".*; ", ""),
                again.toString());
    }

    @Test
    void aReviewOfAnUnknownBundleOrWithNoServerListeningSaysSoAndExitsAsDocumented() {
        CliRun unknown = cartwise("bundles", "approve", "--shop", SHOP, "0".repeat(32), "--server", rest.base());
        CliRun nowhere = cartwise("bundles", "reject", "--shop", SHOP, "0".repeat(32), "--server", "http://localhost:1");
        CliRun badKey = cartwise("bundles", "approve", "--shop", SHOP, "not-a-key", "--server", rest.base());

        assertEquals(2, unknown.exit(), unknown.toString());
        assertTrue(unknown.err().contains("(404 bundle-recommendation-not-found)"), unknown.toString());
        assertEquals(3, nowhere.exit(), nowhere.toString());
        assertTrue(nowhere.err().startsWith("Cannot reach Cartwise at http://localhost:1"), nowhere.toString());
        assertEquals(2, badKey.exit(), badKey.toString());
        assertTrue(badKey.err().contains("bundle_key"), badKey.toString());
    }

    /** The two-item bundle of the wax and {@code sku}. */
    private static JsonNode waxWith(JsonNode bundles, String sku) {
        for (int i = 0; i < bundles.size(); i++) {
            JsonNode items = bundles.get(i).get("bundle").get("items");
            Set<String> skus = new HashSet<>();
            for (int j = 0; j < items.size(); j++) {
                skus.add(items.get(j).get("sku").getStringValue());
            }
            if (skus.equals(Set.of("wax", sku))) {
                return bundles.get(i);
            }
        }
        throw new AssertionError("no bundle of wax and " + sku);
    }

    @Test
    void theCommandLineFollowsAGenerationAndPrintsItsBestBundles() {
        CliRun run = cartwise("bundles", "generate", "--shop", SHOP, "--server", rest.base(), "--objective", "increase_aov", "--type", "fbt",
                "--no-ai-copy", "--no-progress");
        CliRun unknown = cartwise("bundles", "generate", "--shop", "no-such-shop", "--server", rest.base(), "--no-progress");
        CliRun badObjective = cartwise("bundles", "generate", "--shop", SHOP, "--server", rest.base(), "--objective", "world_peace");

        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.err().contains("Bundle generation job "), run.toString());
        assertTrue(run.out().contains(" succeeded in "), run.toString());
        assertTrue(run.out().contains("Best bundles (" + rest.base() + "/api/v1/shops/" + SHOP + "/bundle-recommendations):"), run.toString());
        assertTrue(run.out().contains("  1. "), run.toString());
        assertTrue(run.out().contains("(fbt, increase_aov; copy by template)"), run.toString());
        assertFalse(run.out().contains("came without a price"), "the demo's items are all priced: " + run);
        assertTrue(Pattern.compile("\n  1\\. .+ — \\d+\\.\\d{2} EUR instead of \\d+\\.\\d{2} \\(fbt").matcher(run.out()).find(), run.toString());
        assertEquals(2, unknown.exit(), unknown.toString());
        assertTrue(unknown.err().contains("shop-not-found"), unknown.toString());
        assertEquals(2, badObjective.exit(), badObjective.toString());
        assertTrue(badObjective.err().contains("objectives[0]: 'world_peace' is not an objective"), badObjective.toString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JsonMapper.createDefault().readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(response.body(), e);
        }
    }

}
