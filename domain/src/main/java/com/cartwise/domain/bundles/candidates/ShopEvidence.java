package com.cartwise.domain.bundles.candidates;

import com.cartwise.domain.bundles.Evidence;
import com.cartwise.domain.mining.TidLists;
import com.cartwise.domain.mining.TransactionDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Counts the evidence of any set of variants from the shop's baskets; each set is counted once. */
final class ShopEvidence {
    private final TransactionDatabase database;
    private final TidLists tids;
    private final Map<List<Long>, Integer> together = new HashMap<>();

    ShopEvidence(TransactionDatabase database, TidLists tids) {
        this.database = database;
        this.tids = tids;
    }

    Evidence of(List<Long> variantIds) {
        List<Integer> orders = new ArrayList<>();
        for (long id : variantIds) {
            orders.add(together(List.of(id)));
        }
        List<Integer> pairs = new ArrayList<>();
        for (int i = 0; i < variantIds.size(); i++) {
            for (int j = i + 1; j < variantIds.size(); j++) {
                pairs.add(together(List.of(variantIds.get(i), variantIds.get(j))));
            }
        }
        return new Evidence(database.transactionCount(), together(variantIds), variantIds, orders, pairs);
    }

    private int together(List<Long> variantIds) {
        List<Long> key = variantIds.stream().sorted().toList();
        Integer known = together.get(key);
        if (known != null) {
            return known;
        }
        int[] dense = new int[key.size()];
        int count = -1;
        for (int i = 0; i < dense.length; i++) {
            OptionalInt id = database.denseIdOf(key.get(i));
            if (id.isEmpty()) {
                count = 0;
                break;
            }
            dense[i] = id.getAsInt();
        }
        if (count < 0) {
            count = tids.together(dense);
        }
        together.put(key, count);
        return count;
    }
}
