package com.cartwise.openai;

import java.util.Optional;

/**
 * The OpenAI API key, which must never reach a log, an exception message or a {@code toString}:
 * only {@link #reveal()} gives it out, to the client that sends it.
 */
public final class ApiKey {
    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /** The key, or none when the setting is unset or blank (then AI copy is off). */
    public static Optional<ApiKey> of(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(new ApiKey(value.strip()));
    }

    String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "ApiKey[redacted]";
    }
}
