package com.cartwise.grpc.client;

import java.net.ConnectException;

/**
 * A call to a running Cartwise failed: it refused the request (INVALID_ARGUMENT, NOT_FOUND ...),
 * failed, or could not be reached (UNAVAILABLE, DEADLINE_EXCEEDED).
 */
public final class RecommendationClientException extends RuntimeException {
    private final String code;
    private final String description;

    /**
     * @param code the gRPC status code's name, e.g. "NOT_FOUND"
     * @param description the server's explanation ("limit: must be between 1 and 50, but was 0"),
     *                    or empty when there is none
     */
    public RecommendationClientException(String target, String code, String description, Throwable cause) {
        super(message(target, code, description, cause), cause);
        this.code = code;
        this.description = description;
    }

    /** A refused connection is no answer from Cartwise: said as the REST client says it. */
    private static String message(String target, String code, String description, Throwable cause) {
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof ConnectException) {
                return "Cannot reach Cartwise at " + target + ": nothing answers there";
            }
        }
        return "Cartwise at " + target + " answered " + code + (description.isEmpty() ? "" : ": " + description);
    }

    /** The gRPC status code's name ("INVALID_ARGUMENT", "NOT_FOUND", "UNAVAILABLE" ...). */
    public String code() {
        return code;
    }

    public String description() {
        return description;
    }
}
