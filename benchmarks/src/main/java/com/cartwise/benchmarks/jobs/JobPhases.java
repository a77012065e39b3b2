package com.cartwise.benchmarks.jobs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job's event stream read to its end, keeping when each phase first began by the server's own
 * event times (and "end" when the job finished), and the state it ended in: how the benchmarks
 * time a job's phases without the stream's polling delay.
 */
public record JobPhases(Map<String, Instant> starts, String state) {
    private static final Pattern PHASE = Pattern.compile("\"phase\":\"([a-z_]+)\"");
    private static final Pattern AT = Pattern.compile("\"at\":\"([^\"]+)\"");
    private static final Pattern STATE = Pattern.compile("\"state\":\"([a-z]+)\"");
    private static final Pattern FINISHED = Pattern.compile("\"finished_at\":\"([^\"]+)\"");

    /** @param key the key the stream is asked with ({@code Authorization: Bearer}) */
    public static JobPhases follow(HttpClient http, URI events, String key) throws IOException, InterruptedException {
        HttpResponse<InputStream> stream = http.send(ToolOptions.authorized(HttpRequest.newBuilder(events), key).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        Map<String, Instant> starts = new LinkedHashMap<>();
        String state = "unknown";
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.startsWith("data:")) {
                    continue;
                }
                Matcher phase = PHASE.matcher(line);
                Matcher at = AT.matcher(line);
                Matcher s = STATE.matcher(line);
                if (s.find()) {
                    state = s.group(1);
                }
                if (phase.find() && at.find()) {
                    starts.putIfAbsent(phase.group(1), Instant.parse(at.group(1)));
                }
                Matcher finished = FINISHED.matcher(line);
                if (finished.find()) {
                    starts.put("end", Instant.parse(finished.group(1)));
                }
            }
        }
        return new JobPhases(starts, state);
    }

    /** From the job's start (its "starting" event) to its end, in seconds. */
    public double seconds() {
        Instant start = starts.getOrDefault("starting", starts.values().iterator().next());
        return Duration.between(start, starts.get("end")).toNanos() / 1e9;
    }

    /** " reading 1.23 s enrichment 0.10 s …": each phase from its first event to the next phase's. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        List<Map.Entry<String, Instant>> phases = new ArrayList<>(starts.entrySet());
        for (int i = 0; i + 1 < phases.size(); i++) {
            if (phases.get(i).getKey().equals("queued")) {
                continue;
            }
            s.append(String.format(Locale.ROOT, " %s %.2f s", phases.get(i).getKey(),
                    Duration.between(phases.get(i).getValue(), phases.get(i + 1).getValue()).toNanos() / 1e9));
        }
        return s.toString();
    }
}
