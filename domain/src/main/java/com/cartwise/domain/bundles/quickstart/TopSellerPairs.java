package com.cartwise.domain.bundles.quickstart;

import com.cartwise.domain.bundles.enrichment.OrderSale;
import com.cartwise.domain.bundles.enrichment.SaleLine;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Orders per variant and per pair among a few top sellers, counted in one pass into a small matrix. */
final class TopSellerPairs {
    final int[] orders;
    final int[][] together;
    int totalOrders;

    private TopSellerPairs(int size) {
        orders = new int[size];
        together = new int[size][size];
    }

    static TopSellerPairs count(List<Long> variants, List<OrderSale> sales, Instant asOf) {
        Map<Long, Integer> slot = new HashMap<>();
        for (int i = 0; i < variants.size(); i++) {
            slot.put(variants.get(i), i);
        }
        TopSellerPairs pairs = new TopSellerPairs(variants.size());
        int[] present = new int[variants.size()];
        int[] seenIn = new int[variants.size()];
        Arrays.fill(seenIn, -1);
        for (int o = 0; o < sales.size(); o++) {
            OrderSale order = sales.get(o);
            if (order.placedAt().isAfter(asOf)) {
                continue;
            }
            pairs.totalOrders++;
            int n = 0;
            for (SaleLine line : order.lines()) {
                Integer s = slot.get(line.variantId());
                if (s != null && seenIn[s] != o) {
                    seenIn[s] = o;
                    present[n++] = s;
                }
            }
            for (int i = 0; i < n; i++) {
                pairs.orders[present[i]]++;
                for (int j = i + 1; j < n; j++) {
                    pairs.together[present[i]][present[j]]++;
                    pairs.together[present[j]][present[i]]++;
                }
            }
        }
        return pairs;
    }
}
