package com.cartwise.domain.bundles.candidates;

import com.cartwise.domain.bundles.Evidence;
import com.cartwise.domain.mining.TidLists;
import com.cartwise.domain.mining.TransactionDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Counts the evidence of any set of variants from the shop's baskets; each set is counted once. */
final class ShopEvidence {
    private final TransactionDatabase database;
    private final TidLists tids;
    /** Baskets together per set of up to three dense ids, packed 21 bits each (ascending) in a long. */
    private final Map<Long, Integer> together = new HashMap<>();
    private final Map<List<Long>, Evidence> evidence = new HashMap<>();

    ShopEvidence(TransactionDatabase database, TidLists tids) {
        this.database = database;
        this.tids = tids;
    }

    /** The evidence of these variants, in this order; the same list is counted once. */
    Evidence of(List<Long> variantIds) {
        return evidence.computeIfAbsent(List.copyOf(variantIds), this::count);
    }

    private Evidence count(List<Long> variantIds) {
        int k = variantIds.size();
        int[] dense = new int[k];
        for (int i = 0; i < k; i++) {
            OptionalInt id = database.denseIdOf(variantIds.get(i));
            dense[i] = id.isPresent() ? id.getAsInt() : -1;
        }
        List<Integer> orders = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            orders.add(dense[i] < 0 ? 0 : tids.support(dense[i]));
        }
        List<Integer> pairs = new ArrayList<>(k * (k - 1) / 2);
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                pairs.add(together(new int[] {dense[i], dense[j]}));
            }
        }
        int all = k == 1 ? orders.get(0) : k == 2 ? pairs.get(0) : together(dense.clone());
        return new Evidence(database.transactionCount(), all, variantIds, orders, pairs);
    }

    /** Baskets holding every one of the dense ids (-1: a variant never ordered), cached for sets up to three. */
    private int together(int[] dense) {
        for (int id : dense) {
            if (id < 0) {
                return 0;
            }
        }
        Arrays.sort(dense);
        if (dense.length > 3 || dense[dense.length - 1] + 1 >= 1 << 21) {
            return tids.together(dense);
        }
        long key = 0;
        for (int id : dense) {
            key = (key << 21) | (id + 1);
        }
        return together.computeIfAbsent(key, x -> tids.together(dense));
    }
}
