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
 * A job followed through its Server-Sent Events to its end, as the benchmarks time jobs: when each
 * phase began (from the job's own event times, so the follower's delays do not count) and when it
 * finished ({@code end}).
 */
public final class JobEvents {
    private static final Pattern PHASE = Pattern.compile("\"phase\":\"([a-z]+)\"");
    private static final Pattern AT = Pattern.compile("\"at\":\"([^\"]+)\"");
    private static final Pattern STATE = Pattern.compile("\"state\":\"([a-z]+)\"");
    private static final Pattern FINISHED = Pattern.compile("\"finished_at\":\"([^\"]+)\"");

    private JobEvents() {
    }

    /** @param phaseStarts when each phase began, in order, and {@code end} when the job finished */
    public record Followed(String state, Map<String, Instant> phaseStarts) {
        /** " reading 1.20 s loading 0.30 s ...": every phase but the queue, with its duration. */
        public String phases() {
            StringBuilder s = new StringBuilder();
            List<Map.Entry<String, Instant>> list = new ArrayList<>(phaseStarts.entrySet());
            for (int i = 0; i + 1 < list.size(); i++) {
                if (!list.get(i).getKey().equals("queued")) {
                    s.append(String.format(Locale.ROOT, " %s %.2f s", list.get(i).getKey(),
                            Duration.between(list.get(i).getValue(), list.get(i + 1).getValue()).toNanos() / 1e9));
                }
            }
            return s.toString();
        }
    }

    public static Followed follow(HttpClient http, URI events) throws IOException, InterruptedException {
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(events).build(), HttpResponse.BodyHandlers.ofInputStream());
        Map<String, Instant> phaseStarts = new LinkedHashMap<>();
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
                    phaseStarts.putIfAbsent(phase.group(1), Instant.parse(at.group(1)));
                }
                Matcher finished = FINISHED.matcher(line);
                if (finished.find()) {
                    phaseStarts.put("end", Instant.parse(finished.group(1)));
                }
            }
        }
        return new Followed(state, phaseStarts);
    }

    /** {@code --name value} pairs, as the benchmarks take their options. */
    public static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
