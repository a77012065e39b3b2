package com.cartwise.domain.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What a merge changed, per file of the upload: counts under the names the API shows
 * ({@code orders_added}, {@code variants_updated} ...), in a stable order.
 *
 * @param catalogueChanged whether variants, prices or stock changed, so served models must reload
 * @param ordersChanged whether orders were added or replaced, so models have something new to learn
 * @param ordersAddedAfter when orders were added, the highest order number the shop had before them:
 *                         the added orders are the ones numbered after it
 */
public record MergeSummary(List<Map<String, Long>> countsPerFile, boolean catalogueChanged, boolean ordersChanged,
                           OptionalLong ordersAddedAfter) {
    public MergeSummary {
        countsPerFile = countsPerFile.stream().map(m -> Collections.unmodifiableMap(new LinkedHashMap<>(m))).toList();
        ordersAddedAfter = ordersAddedAfter == null ? OptionalLong.empty() : ordersAddedAfter;
    }

    /** Orders of the shop that were there before and that this merge rewrote: a served model cannot unlearn them. */
    public long ordersReplaced() {
        return countsPerFile.stream().mapToLong(counts -> counts.getOrDefault(MergeCounts.ORDERS_REPLACED, 0L)).sum();
    }
}
