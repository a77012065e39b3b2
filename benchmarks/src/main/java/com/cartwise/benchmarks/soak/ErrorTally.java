package com.cartwise.benchmarks.soak;

import com.cartwise.benchmarks.load.KeepAliveConnection;
import io.grpc.Status;
import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every error of a soak, counted by where it happened (a door, or "jobs") and its kind: an HTTP
 * status, a gRPC status, a timeout, a failed job. Kinds are few and stable (no ids, no bodies), so
 * the final report can list them all; the first message of each kind is kept as an example.
 */
final class ErrorTally {
    /** The kind of a request whose answer came later than the soak's timeout after its planned send time, or never. */
    static final String TIMEOUT = "timeout";

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, String> examples = new ConcurrentHashMap<>();

    void count(String where, String kind, String example) {
        String key = where + ": " + kind;
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
        examples.putIfAbsent(key, example == null ? "" : example);
    }

    void count(String where, Throwable error) {
        count(where, kind(error), String.valueOf(error.getMessage()));
    }

    long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** "where: kind" to its count, sorted by name. */
    Map<String, Long> byKind() {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, count) -> sorted.put(key, count.sum()));
        return sorted;
    }

    String example(String whereAndKind) {
        return examples.getOrDefault(whereAndKind, "");
    }

    /** The kind of a request's failure: "HTTP 503", "gRPC UNAVAILABLE", "timeout", else the exception's class. */
    static String kind(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof KeepAliveConnection.StatusException status) {
                return "HTTP " + status.status();
            }
            if (e instanceof io.grpc.StatusRuntimeException || e instanceof io.grpc.StatusException) {
                Status.Code code = Status.fromThrowable(e).getCode();
                return code == Status.Code.DEADLINE_EXCEEDED ? TIMEOUT : "gRPC " + code;
            }
            if (e instanceof SocketTimeoutException) {
                return TIMEOUT;
            }
        }
        return error.getClass().getSimpleName();
    }
}
