package com.cartwise.grpc.client;

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
        super("Cartwise at " + target + " answered " + code + (description.isEmpty() ? "" : ": " + description), cause);
        this.code = code;
        this.description = description;
    }

    /** The gRPC status code's name ("INVALID_ARGUMENT", "NOT_FOUND", "UNAVAILABLE" ...). */
    public String code() {
        return code;
    }

    public String description() {
        return description;
    }
}
