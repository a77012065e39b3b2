package com.cartwise.rest.client;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A bundle generation to start: its shop, what it targets (empty: everything), whether the AI
 * writes the copy, and the mining thresholds the merchant set (unset: the server's defaults).
 */
public record GenerationStart(String shop, List<String> objectives, List<String> types, boolean aiCopy, OptionalDouble minSupport,
                              OptionalDouble minConfidence) {
    public GenerationStart {
        if (shop == null || shop.isBlank()) {
            throw new IllegalArgumentException("a generation is started for a shop");
        }
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        types = types == null ? List.of() : List.copyOf(types);
        minSupport = minSupport == null ? OptionalDouble.empty() : minSupport;
        minConfidence = minConfidence == null ? OptionalDouble.empty() : minConfidence;
    }
}
