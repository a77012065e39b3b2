package com.cartwise.application.tracing;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The correlation id of one request: the caller's {@code X-Request-Id} (REST) or
 * {@code x-request-id} (gRPC metadata) when it is safe to repeat, else one made here. It goes into
 * every log line of the request and back to the caller, so a merchant's support ticket can quote it.
 * <p>
 * Safe means short and made of characters that cannot break a log line or a header (no spaces,
 * quotes, control characters): a caller's id is written to logs verbatim, and a CR/LF in it would
 * let a caller forge log lines.
 */
public record RequestId(String value) {
    /** The name of the REST header; gRPC metadata keys are the same in lower case. */
    public static final String HEADER = "X-Request-Id";
    /** The key under which log lines carry it (the logging MDC, and the JSON logs' field). */
    public static final String LOG_KEY = "request_id";
    /** Long enough for a UUID, a W3C trace id or a load balancer's trace header, short enough to keep logs lean. */
    public static final int MAX_LENGTH = 128;

    public RequestId {
        if (!safe(value)) {
            throw new IllegalArgumentException("a request id is 1 to " + MAX_LENGTH
                    + " letters, digits or . _ : = + / -, but was " + (value == null ? "absent" : "'" + printable(value) + "'"));
        }
    }

    /** The caller's id when it is safe, else a new one: a bad id is replaced, never refused, since it is only a label. */
    public static RequestId acceptOrCreate(String supplied) {
        return accept(supplied).orElseGet(RequestId::create);
    }

    public static Optional<RequestId> accept(String supplied) {
        return safe(supplied) ? Optional.of(new RequestId(supplied)) : Optional.empty();
    }

    /**
     * A new random (version 4) UUID. From {@link ThreadLocalRandom}, not {@link UUID#randomUUID()}:
     * a correlation id is a label, not a secret, and SecureRandom's lock showed in the profile of
     * the till's busiest path, where every call without an id of its own makes one.
     */
    public static RequestId create() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new RequestId(new UUID(high, low).toString());
    }

    /** 1 to {@value #MAX_LENGTH} of letters, digits and {@code . _ : = + / -}; checked by hand, as it runs on every call. */
    private static boolean safe(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == ':' || c == '=' || c == '+' || c == '/' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String printable(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    @Override
    public String toString() {
        return value;
    }
}
