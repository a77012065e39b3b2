package com.cartwise.rest.client;

import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Follows a job's Server-Sent Events to its "finished" event. A dropped stream (a restart, a proxy's
 * idle timeout, a lost connection) is reopened with {@code Last-Event-ID}, at growing intervals, until
 * the reconnect patience runs out without the server answering.
 */
final class JobFollower {
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(2);

    private final CartwiseRestClient client;
    private final Duration patience;

    JobFollower(CartwiseRestClient client, Duration patience) {
        this.client = client;
        this.patience = patience;
    }

    Answer<RemoteJob> follow(RemoteJob job, Consumer<JobProgressEvent> progress) {
        AtomicReference<String> lastEventId = new AtomicReference<>("");
        long giveUpAt = System.nanoTime() + patience.toNanos();
        Duration pause = FIRST_PAUSE;
        RuntimeException lastTrouble = null;
        while (true) {
            try (Opened opened = open(job, lastEventId.get())) {
                if (opened.refused() != null) {
                    return new Answer.Refused<>(opened.refused());
                }
                if (opened.lines() != null) {
                    giveUpAt = System.nanoTime() + patience.toNanos();
                    pause = FIRST_PAUSE;
                    RemoteJob ended = readToEnd(opened.lines(), lastEventId, progress);
                    if (ended != null) {
                        return new Answer.Accepted<>(ended);
                    }
                    lastTrouble = null;
                } else {
                    lastTrouble = opened.trouble();
                }
            } catch (CartwiseUnreachableException | UncheckedIOException e) {
                lastTrouble = e;
            }
            if (System.nanoTime() > giveUpAt) {
                throw new CartwiseUnreachableException(client.server(), "lost the events of job " + job.id() + " and could not"
                        + " reconnect within " + patience.toSeconds() + " s; the job goes on: see " + client.resolve(job.links().self()),
                        lastTrouble);
            }
            sleep(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    /** Progress events go to the listener; answers the ended job, or null when the stream ended before the job. */
    private static RemoteJob readToEnd(Stream<String> lines, AtomicReference<String> lastEventId,
                                       Consumer<JobProgressEvent> progress) {
        AtomicReference<RemoteJob> ended = new AtomicReference<>();
        ServerSentEvents.read(lines.iterator(), lastEventId.get(), event -> {
            lastEventId.set(event.id());
            switch (event.name()) {
                case "progress" -> progress.accept(JsonDocuments.event(JsonDocuments.parse(event.data())));
                case "finished" -> ended.set(JsonDocuments.job(JsonDocuments.parse(event.data())));
                default -> {
                    // Events of kinds this client does not know are for newer clients.
                }
            }
            return ended.get() == null;
        });
        return ended.get();
    }

    private Opened open(RemoteJob job, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(client.resolve(job.links().events()))
                .header("Accept", "text/event-stream")
                .GET();
        if (!lastEventId.isEmpty()) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = client.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        int status = response.statusCode();
        if (status == 200) {
            return new Opened(response.body(), null, null);
        }
        String body;
        try (Stream<String> lines = response.body()) {
            body = lines.collect(Collectors.joining("\n"));
        }
        RemoteProblem problem = CartwiseRestClient.problem(status, body);
        // A server starting up or a proxy without its backend answers 5xx: worth another try, unlike a refusal.
        return problem.serverFailed() ? new Opened(null, null, new IllegalStateException(problem.detail()))
                : new Opened(null, problem, null);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to reconnect", e);
        }
    }

    /** An opened stream, a refusal, or a passing trouble (server error) worth retrying. */
    private record Opened(Stream<String> lines, RemoteProblem refused, RuntimeException trouble) implements AutoCloseable {
        @Override
        public void close() {
            if (lines != null) {
                lines.close();
            }
        }
    }
}
