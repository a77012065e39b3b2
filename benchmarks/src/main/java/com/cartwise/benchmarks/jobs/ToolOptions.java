package com.cartwise.benchmarks.jobs;

import java.util.LinkedHashMap;
import java.util.Map;

/** The "--name value" options of the tools that drive a running Cartwise. */
public final class ToolOptions {
    private ToolOptions() {
    }

    /**
     * The key the tool sends ({@code --api-key}, else the environment's CARTWISE_API_KEY): the
     * operator key for tools that create shops (the one set as cartwise.security.admin-key on the
     * server under test), or a shop's key for tools that only ask one shop.
     */
    public static String apiKey(Map<String, String> options) {
        String key = options.getOrDefault("api-key", System.getenv("CARTWISE_API_KEY"));
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("give --api-key (or CARTWISE_API_KEY): the server under test needs a key,"
                    + " e.g. the operator key it was started with (-Dcartwise.security.admin-key=...)");
        }
        return key.strip();
    }

    /** The request with the key as {@code Authorization: Bearer}. */
    public static java.net.http.HttpRequest.Builder authorized(java.net.http.HttpRequest.Builder request, String key) {
        return request.header("Authorization", "Bearer " + key);
    }

    /** Each "--name value" pair as name to value. */
    public static Map<String, String> parse(String[] args) {
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
