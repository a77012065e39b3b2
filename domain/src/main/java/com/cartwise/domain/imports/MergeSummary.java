package com.cartwise.domain.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a merge changed, per file of the upload: counts under the names the API shows
 * ({@code orders_added}, {@code variants_updated} ...), in a stable order.
 *
 * @param catalogueChanged whether variants, prices or stock changed, so served models must reload
 * @param ordersChanged whether orders were added or replaced, so models have something new to learn
 */
public record MergeSummary(List<Map<String, Long>> countsPerFile, boolean catalogueChanged, boolean ordersChanged) {
    public MergeSummary {
        countsPerFile = countsPerFile.stream().map(m -> Collections.unmodifiableMap(new LinkedHashMap<>(m))).toList();
    }
}
