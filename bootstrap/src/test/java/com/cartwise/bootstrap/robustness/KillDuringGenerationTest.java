package com.cartwise.bootstrap.robustness;

import static com.cartwise.bootstrap.bundles.DemoExports.accepted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.bundles.DemoExports;
import com.cartwise.rest.client.CartwiseRestClient;
import com.cartwise.rest.client.GenerationStart;
import com.cartwise.rest.client.JobProgressEvent;
import com.cartwise.rest.client.RemoteJob;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a Cartwise in the middle of a bundle generation: the next start takes the job
 * over once its lease runs out and resumes it from its checkpoint. The waves published before the
 * kill are not written again (their publishing times are those of the first run), the rest are, and
 * the job ends as succeeded after a second attempt. A pause between waves
 * ({@code cartwise.bundles.publishing.wave-interval}) makes room for the kill between two waves.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class KillDuringGenerationTest {
    private static final String SHOP = "killed-generation";
    private static final List<String> SETTINGS = List.of("-Dcartwise.jobs.lease=3s", "-Dcartwise.jobs.heartbeat=1s",
            "-Dcartwise.bundles.publishing.wave-interval=1s");
    private static final Pattern RESUMED = Pattern.compile("^Resuming from its checkpoint \\(quick start done \\(\\d+ bundles\\), (\\d+) waves");

    @TempDir
    Path temp;
    private ServerProcess first;
    private ServerProcess second;

    @Test
    void aGenerationKilledBetweenWavesResumesFromItsCheckpointAfterTheRestart() throws Exception {
        Path data = temp.resolve("postgres");
        Path uploads = temp.resolve("uploads");
        // A killed JVM removes none of its temporary files (its spool directory, the embedded
        // PostgreSQL library's scripts): both servers keep theirs here, gone with the test.
        List<String> settings = new ArrayList<>(SETTINGS);
        settings.addAll(ChildJvm.temporaryFilesIn(temp.resolve("tmp")));
        first = ServerProcess.start(data, uploads, temp.resolve("first.log"), settings);
        new RestCalls(first.httpPort()).createShop(SHOP);
        DemoExports.importInto(client(first), SHOP, DemoExports.write(temp));
        RemoteJob job = accepted(client(first).startBundleGeneration(new GenerationStart(SHOP, List.of(), List.of(), false,
                OptionalDouble.empty(), OptionalDouble.empty())));
        Map<String, String> publishedBeforeTheKill = awaitSecondWave(new RestCalls(first.httpPort()), job);

        first.kill();

        second = ServerProcess.start(data, uploads, temp.resolve("second.log"), settings);
        List<JobProgressEvent> events = new ArrayList<>();
        RemoteJob ended = accepted(client(second).follow(job, events::add));
        assertEquals(RemoteJob.SUCCEEDED, ended.state(), ended.toString());
        assertEquals(2, ended.attempts(), "claimed again after its worker was lost");
        int resumedAfter = events.stream().map(e -> RESUMED.matcher(e.message())).filter(Matcher::find)
                .mapToInt(m -> Integer.parseInt(m.group(1))).findFirst()
                .orElseThrow(() -> new AssertionError("no resume from a checkpoint in " + events.stream().map(JobProgressEvent::message).toList()));
        assertTrue(resumedAfter >= 2, "the checkpoint held the two waves published before the kill: " + resumedAfter);
        Map<String, String> after = pipelineRows(new RestCalls(second.httpPort()), job.id(), Integer.MAX_VALUE);
        publishedBeforeTheKill.forEach((key, publishedAt) -> assertEquals(publishedAt, after.get(key),
                "bundle " + key + " of a wave published before the kill was not written again"));
        assertEquals(ended.generationReport().orElseThrow().published(), after.size());
        assertTrue(after.size() > publishedBeforeTheKill.size(), "the waves after the checkpoint were published after the restart");
    }

    @AfterEach
    void stopEverything() {
        // A server killed and never followed by another leaves its PostgreSQL behind: stop it too.
        ServerProcess.stopAll(temp.resolve("postgres"), first, second);
    }

    private static CartwiseRestClient client(ServerProcess server) {
        return new CartwiseRestClient(URI.create(server.address()), Duration.ofSeconds(5), Duration.ofSeconds(60), TestServers.OPERATOR_KEY);
    }

    /** Polls until the full pipeline's second wave (the top 5) is published; answers its bundles' publishing times. */
    private static Map<String, String> awaitSecondWave(RestCalls rest, RemoteJob job) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            Map<String, String> published = pipelineRows(rest, job.id(), 2);
            if (published.size() >= 5) {
                return published;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the generation's second wave was not seen within two minutes");
    }

    /** The job's bundles from the full pipeline (not the quick start's) of waves up to {@code lastWave}: key to publishing time. */
    private static Map<String, String> pipelineRows(RestCalls rest, String jobId, int lastWave) {
        Map<String, String> rows = new LinkedHashMap<>();
        String cursor = "";
        do {
            JsonNode page = json(rest.get("/api/v1/shops/" + SHOP + "/bundle-recommendations?limit=100&job_id=" + jobId + cursor).body());
            for (JsonNode r : page.get("bundle_recommendations").values()) {
                boolean quickStart = false;
                for (JsonNode source : r.get("bundle").get("sources").values()) {
                    quickStart |= source.getStringValue().equals("quick_start");
                }
                if (!quickStart && r.get("wave").getIntValue() <= lastWave) {
                    rows.put(r.get("bundle_key").getStringValue(), r.get("published_at").coerceStringValue());
                }
            }
            cursor = page.get("next_cursor").isNull() ? null : "&cursor=" + page.get("next_cursor").getStringValue();
        } while (cursor != null);
        return rows;
    }

    private static JsonNode json(String text) {
        try {
            return JsonMapper.createDefault().readValue(text, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(text, e);
        }
    }
}
