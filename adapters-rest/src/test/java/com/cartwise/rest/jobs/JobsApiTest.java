package com.cartwise.rest.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobRequest;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.Api.Response;
import com.cartwise.rest.ApiTest;
import com.cartwise.rest.InMemoryCartwiseFactory;
import com.cartwise.rest.SkiShopExports;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A shop's jobs: listed newest first, watched live as Server-Sent Events, cancelled. */
@MicronautTest
class JobsApiTest extends ApiTest {
    private static final Pattern PERCENT = Pattern.compile("\"percent\":([0-9.]+)");

    @Inject
    EmbeddedServer server;

    @Test
    void streamsAJobsProgressToItsEndWithPercentNeverGoingBack() throws Exception {
        givenShop("sse-shop");
        String job = api.upload(imports("sse-shop"), "orders_export.csv", SkiShopExports.ORDERS).location();

        List<Event> events = stream(job + "/events", null);

        assertEquals("finished", events.getLast().name(), events.toString());
        assertTrue(events.getLast().data().contains("\"state\":\"succeeded\""), events.getLast().data());
        List<Event> progress = events.subList(0, events.size() - 1);
        assertEquals("queued", phase(progress.getFirst()));
        assertTrue(progress.stream().allMatch(e -> e.name().equals("progress")), events.toString());
        List<Double> percents = progress.stream().map(JobsApiTest::percent).toList();
        for (int i = 1; i < percents.size(); i++) {
            assertTrue(percents.get(i) >= percents.get(i - 1), percents.toString());
        }
        assertEquals(100.0, percents.getLast());
        List<Long> ids = progress.stream().map(e -> Long.parseLong(e.id())).toList();
        assertEquals(java.util.stream.LongStream.rangeClosed(1, ids.size()).boxed().toList(), ids);
    }

    @Test
    void resumesAStreamAfterTheLastEventItSaw() throws Exception {
        givenShop("resume-shop");
        String job = api.uploadAndWait(imports("resume-shop"), "orders_export.csv", SkiShopExports.ORDERS).location();
        List<Event> all = stream(job + "/events", null);

        List<Event> resumed = stream(job + "/events", "2");

        assertEquals(all.subList(2, all.size()).stream().map(Event::id).toList(), resumed.stream().map(Event::id).toList());
    }

    @Test
    void answers404ForTheEventsOfAJobTheShopDoesNotHave() throws Exception {
        givenShop("no-job-shop");

        HttpResponse<String> missing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.getURL() + "/api/v1/shops/no-job-shop/jobs/" + JobId.random() + "/events"))
                        .header("Authorization", "Bearer " + InMemoryCartwiseFactory.OPERATOR_KEY).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("urn:cartwise:problem:job-not-found"), missing.body());
    }

    @Test
    void cancelsAQueuedJobAtOnceAndAgainWithoutComplaint() {
        givenShop("cancel-shop");
        Job queued = Job.queued(ShopId.of("cancel-shop"), JobId.random(), (JobRequest) () -> JobKind.TRAINING, Instant.now());
        cartwise.jobs.park(queued);
        String location = "/api/v1/shops/cancel-shop/jobs/" + queued.id();

        Response cancelled = api.postWithoutBody(location + "/cancel");
        Response again = api.postWithoutBody(location + "/cancel");

        assertEquals(202, cancelled.status());
        assertEquals("cancelled", cancelled.body().text("state"));
        assertEquals(true, cancelled.body().node("cancel_requested").getBooleanValue());
        assertEquals(202, again.status());
        assertEquals("cancelled", api.get(location).body().text("state"));
    }

    @Test
    void refusesToCancelAJobThatHasEnded() {
        givenShop("ended-shop");
        String location = api.uploadAndWait(imports("ended-shop"), "products_export.csv", SkiShopExports.PRODUCTS).location();

        Response late = api.postWithoutBody(location + "/cancel");

        assertEquals(409, late.status());
        assertEquals("urn:cartwise:problem:job-finished", late.body().text("type"));
        assertEquals("succeeded", api.get(location).body().text("state"));
    }

    @Test
    void listsAShopsJobsNewestFirstAPageAtATime() {
        givenShop("list-shop");
        List<String> started = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            started.add(api.uploadAndWait(imports("list-shop"), "products_export.csv", SkiShopExports.PRODUCTS).body().text("job_id"));
        }

        Response first = api.get("/api/v1/shops/list-shop/jobs?limit=2");
        Response second = api.get("/api/v1/shops/list-shop/jobs?limit=2&cursor=" + first.body().text("next_cursor"));

        assertEquals(List.of(started.get(2), started.get(1)), List.of(first.body().text("jobs[0].job_id"),
                first.body().text("jobs[1].job_id")));
        assertEquals(1, second.body().size("jobs"));
        assertEquals(started.getFirst(), second.body().text("jobs[0].job_id"));
        assertTrue(second.body().isNull("next_cursor"));
    }

    @Test
    void answers404ForAnUnknownJobAnd400ForAnIdThatIsNoJobId() {
        givenShop("lookup-shop");

        Response unknown = api.get("/api/v1/shops/lookup-shop/jobs/" + JobId.random());
        Response malformed = api.get("/api/v1/shops/lookup-shop/jobs/42");

        assertEquals(404, unknown.status());
        assertEquals(400, malformed.status());
        assertEquals("job_id", malformed.body().text("field"));
    }

    private List<Event> stream(String path, String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + InMemoryCartwiseFactory.OPERATOR_KEY);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<Event> events = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            String data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data = line.substring(5).strip();
                } else if (line.isEmpty() && data != null) {
                    events.add(new Event(id, name, data));
                    id = null;
                    name = null;
                    data = null;
                }
            }
        }
        return events;
    }

    private static double percent(Event e) {
        Matcher m = PERCENT.matcher(e.data());
        assertTrue(m.find(), e.data());
        return Double.parseDouble(m.group(1));
    }

    private static String phase(Event e) {
        Matcher m = Pattern.compile("\"phase\":\"([a-z]+)\"").matcher(e.data());
        assertTrue(m.find(), e.data());
        return m.group(1);
    }

    private record Event(String id, String name, String data) {
    }
}
