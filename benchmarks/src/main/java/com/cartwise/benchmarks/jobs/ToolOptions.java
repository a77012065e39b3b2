package com.cartwise.benchmarks.jobs;

import java.util.LinkedHashMap;
import java.util.Map;

/** The "--name value" options of the tools that drive a running Cartwise. */
public final class ToolOptions {
    private ToolOptions() {
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
