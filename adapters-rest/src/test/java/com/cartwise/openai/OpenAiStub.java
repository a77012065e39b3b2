package com.cartwise.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local server that speaks OpenAI's HTTP API as far as the copy writer uses it:
 * {@code POST /v1/chat/completions} with a bearer key, answered with the real JSON shapes of a chat
 * completion or of an error. Each test scripts the replies in order (the last one repeats), and
 * reads back what was asked, when, and how many requests were under way at once.
 */
public final class OpenAiStub implements AutoCloseable {
    public static final String MODEL_ANSWERING = "gpt-4o-mini-2024-07-18";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final String key;
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private volatile Reply last = Reply.copy("Glide further", "Ski and wax for 350.20 EUR instead of 412.00 EUR: 15% off.", "Better together");
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger underWay = new AtomicInteger();
    private final AtomicInteger mostUnderWay = new AtomicInteger();

    public OpenAiStub(String key) {
        this.key = key;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/chat/completions", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    /** What to pass as the client's base URL. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    /** The replies to the next requests, in order; the last one answers every request after them. */
    public OpenAiStub replies(Reply... replies) {
        script.addAll(List.of(replies).subList(0, replies.length - 1));
        last = replies[replies.length - 1];
        return this;
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    int mostUnderWayAtOnce() {
        return mostUnderWay.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        int now = underWay.incrementAndGet();
        mostUnderWay.accumulateAndGet(now, Math::max);
        boolean counted = true;
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Request request = new Request(Instant.now(), exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), JSON.readTree(body));
            requests.add(request);
            Reply reply = "Bearer " .concat(key).equals(request.authorization()) ? next() : Reply.invalidKey(request.authorization());
            pause(reply.delay());
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            byte[] answer = reply.body().getBytes(StandardCharsets.UTF_8);
            // No longer under way once the answer leaves: a client that has read it may start its next call
            // before this thread would get past the close below, and that call was counted as a third at once.
            underWay.decrementAndGet();
            counted = false;
            exchange.sendResponseHeaders(reply.status(), answer.length);
            exchange.getResponseBody().write(answer);
        } catch (IOException e) {
            // The client gave up (a timeout under test): nothing to answer.
        } finally {
            if (counted) {
                underWay.decrementAndGet();
            }
        }
    }

    private Reply next() {
        Reply scripted = script.poll();
        return scripted != null ? scripted : last;
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** One request as the stub received it. */
    public record Request(Instant at, String method, String authorization, String contentType, JsonNode body) {
        String message(String role) {
            for (JsonNode message : body.get("messages")) {
                if (role.equals(message.get("role").asText())) {
                    return message.get("content").asText();
                }
            }
            throw new AssertionError("no " + role + " message in " + body);
        }
    }

    /** What the stub answers: a status, headers, a JSON body, after a delay. */
    public record Reply(int status, Map<String, String> headers, String body, Duration delay) {

        /** A chat completion whose message content is this copy, as structured outputs give it. */
        public static Reply copy(String title, String description, String tagline) {
            Map<String, String> copy = new LinkedHashMap<>();
            copy.put("title", title);
            copy.put("description", description);
            copy.put("tagline", tagline);
            return content(json(copy), 412, 58);
        }

        /** A chat completion whose message content is this text, and whose usage counts these tokens. */
        public static Reply content(String content, long promptTokens, long completionTokens) {
            return completion(message(content, null), "stop", promptTokens, completionTokens);
        }

        public static Reply refusal(String refusal) {
            return completion(message(null, refusal), "stop", 412, 12);
        }

        /** An answer cut off by max_completion_tokens. */
        public static Reply cutOff(String partial) {
            return completion(message(partial, null), "length", 412, 400);
        }

        /** OpenAI's error body: {"error": {"message", "type", "param", "code"}}. */
        public static Reply error(int status, String type, String code, String message) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("message", message);
            error.put("type", type);
            error.put("param", null);
            error.put("code", code);
            return new Reply(status, Map.of(), json(Map.of("error", error)), Duration.ZERO);
        }

        public static Reply rateLimited() {
            return error(429, "requests", "rate_limit_exceeded",
                    "Rate limit reached for gpt-4o-mini in organization org-test on requests per min (RPM): Limit 3, Used 3.");
        }

        public static Reply overloaded() {
            return error(503, "server_error", null, "The engine is currently overloaded, please try again later");
        }

        /** OpenAI names the key it refused (it masks most of it; this stub does not, to make leaks visible). */
        public static Reply invalidKey(String authorization) {
            return error(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided: "
                    + String.valueOf(authorization).replace("Bearer ", "") + ". You can find your API key at"
                    + " https://platform.openai.com/account/api-keys.");
        }

        Reply withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, more, body, delay);
        }

        Reply after(Duration wait) {
            return new Reply(status, headers, body, wait);
        }

        Reply withBody(String raw) {
            return new Reply(status, headers, raw, delay);
        }

        private static Map<String, Object> message(String content, String refusal) {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("role", "assistant");
            message.put("content", content);
            message.put("refusal", refusal);
            message.put("annotations", List.of());
            return message;
        }

        private static Reply completion(Map<String, Object> message, String finishReason, long promptTokens, long completionTokens) {
            Map<String, Object> choice = new LinkedHashMap<>();
            choice.put("index", 0);
            choice.put("message", message);
            choice.put("logprobs", null);
            choice.put("finish_reason", finishReason);
            Map<String, Object> usage = new LinkedHashMap<>();
            usage.put("prompt_tokens", promptTokens);
            usage.put("completion_tokens", completionTokens);
            usage.put("total_tokens", promptTokens + completionTokens);
            usage.put("prompt_tokens_details", Map.of("cached_tokens", 0, "audio_tokens", 0));
            usage.put("completion_tokens_details", Map.of("reasoning_tokens", 0, "audio_tokens", 0, "accepted_prediction_tokens", 0,
                    "rejected_prediction_tokens", 0));
            Map<String, Object> completion = new LinkedHashMap<>();
            completion.put("id", "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT");
            completion.put("object", "chat.completion");
            completion.put("created", 1_741_569_952L);
            completion.put("model", MODEL_ANSWERING);
            completion.put("choices", List.of(choice));
            completion.put("usage", usage);
            completion.put("service_tier", "default");
            completion.put("system_fingerprint", "fp_06737a9306");
            return new Reply(200, Map.of(), json(completion), Duration.ZERO);
        }

        private static String json(Object value) {
            try {
                return JSON.writeValueAsString(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
