package com.cartwise.bootstrap.bundles;

import static com.cartwise.bootstrap.bundles.DemoExports.accepted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.robustness.RestCalls;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.openai.OpenAiStub;
import com.cartwise.rest.client.CartwiseRestClient;
import com.cartwise.rest.client.GenerationStart;
import com.cartwise.rest.client.RemoteGenerationReport;
import com.cartwise.rest.client.RemoteJob;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bundle copy end to end over real sockets: Cartwise configured with an OpenAI key and the address
 * of a local server that speaks OpenAI's API. A generation's bundles get the AI's copy; when the
 * service keeps failing, the same generation still succeeds, with the template's copy.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class BundleCopyEndToEndTest {
    private static final String KEY = "sk-test-bundle-copy";
    private static OpenAiStub openAi;
    private static CartwiseServer server;
    private static CartwiseRestClient client;
    private static RestCalls rest;
    private static List<Path> exports;
    @TempDir
    static Path dataDirectory;
    @TempDir
    static Path files;

    @BeforeAll
    static void startCartwiseWithOpenAiAtTheStub() {
        openAi = new OpenAiStub(KEY);
        server = TestServers.embedded(dataDirectory, Map.of("cartwise.copy.openai.api-key", KEY,
                "cartwise.copy.openai.base-url", openAi.baseUrl().toString(), "cartwise.copy.openai.max-retries", "0"));
        rest = new RestCalls(server.httpPort());
        client = new CartwiseRestClient(URI.create(rest.base()), Duration.ofSeconds(5), Duration.ofSeconds(30), TestServers.OPERATOR_KEY);
        exports = DemoExports.write(files);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (openAi != null) {
            openAi.close();
        }
    }

    @Test
    void theBestBundlesGetTheAisCopyNamingItsModelUntilTheJobsBudgetIsSpentThenTheTemplates() {
        openAi.replies(OpenAiStub.Reply.copy("Glide further", "Ski and wax together, for less.", "Better together"));
        int callsBefore = openAi.requests().size();

        RemoteJob ended = generate("ai-copy");

        assertEquals(RemoteJob.SUCCEEDED, ended.state(), ended.toString());
        RemoteGenerationReport report = ended.generationReport().orElseThrow();
        // application.yml's budget: 200 calls a job. Waves publish the best first, so the best 200 have the AI's copy.
        assertEquals(200, report.aiCopies(), report.toString());
        assertEquals(report.published() - 200, report.templateCopies(), report.toString());
        assertEquals(200, openAi.requests().size() - callsBefore, "one call a bundle, none past the budget");
        JsonNode copy = bestBundle("ai-copy").get("copy");
        assertEquals("Glide further", copy.get("title").getStringValue());
        assertEquals("openai:" + OpenAiStub.MODEL_ANSWERING, copy.get("writer").getStringValue());
        assertTrue(openAi.requests().stream().allMatch(r -> ("Bearer " + KEY).equals(r.authorization())));
    }

    @Test
    void whenTheServiceKeepsFailingTheGenerationSucceedsWithTheTemplatesCopy() {
        openAi.replies(OpenAiStub.Reply.overloaded());

        RemoteJob ended = generate("ai-down");

        assertEquals(RemoteJob.SUCCEEDED, ended.state(), ended.toString());
        RemoteGenerationReport report = ended.generationReport().orElseThrow();
        assertEquals(0, report.aiCopies());
        assertEquals(report.published(), report.templateCopies());
        JsonNode copy = bestBundle("ai-down").get("copy");
        assertEquals("template", copy.get("writer").getStringValue());
        assertFalse(copy.get("title").getStringValue().isBlank());
    }

    private static RemoteJob generate(String shop) {
        rest.createShop(shop);
        DemoExports.importInto(client, shop, exports);
        RemoteJob started = accepted(client.startBundleGeneration(new GenerationStart(shop, List.of(), List.of(), true,
                OptionalDouble.empty(), OptionalDouble.empty())));
        return accepted(client.follow(started, event -> {
        }));
    }

    private static JsonNode bestBundle(String shop) {
        String body = rest.get("/api/v1/shops/" + shop + "/bundle-recommendations?limit=1").body();
        try {
            return JsonMapper.createDefault().readValue(body, JsonNode.class).get("bundle_recommendations").get(0).get("bundle");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
