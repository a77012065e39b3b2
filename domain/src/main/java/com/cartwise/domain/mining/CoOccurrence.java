package com.cartwise.domain.mining;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * For every item, the items most often in the same baskets, normalised for popularity by the
 * cosine (Ochiai) coefficient n(ab) / sqrt(n(a)·n(b)): 1 when two items only ever sell together,
 * near 0 when a best-seller merely shares baskets with everything. Counts one item's neighbours
 * at a time into a dense array over its baskets, so the work is the sum of squared basket sizes
 * and no pair table is ever held.
 */
public final class CoOccurrence {
    private CoOccurrence() {
    }

    /** Two items, their baskets together and each item's baskets. */
    public record Pair(int first, int second, int together, int firstSupport, int secondSupport) {
        public double cosine() {
            return together / Math.sqrt((double) firstSupport * secondSupport);
        }
    }

    /**
     * Each item's {@code perItem} neighbours of highest cosine among those sharing at least
     * {@code minTogether} baskets (ties: more baskets together, then lower id), each pair once
     * with its lower id first.
     */
    public static List<Pair> topNeighbours(TidLists tids, int perItem, int minTogether, Progress progress) {
        TransactionDatabase db = tids.database();
        int[] counts = new int[db.itemCount()];
        int[] touched = new int[db.itemCount()];
        List<Pair> pairs = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int[] transactionsOf = new int[0];
        for (int a = 0; a < db.itemCount(); a++) {
            if ((a & 1023) == 0) {
                progress.advance(a, db.itemCount());
            }
            int n = 0;
            transactionsOf = basketsOf(tids, a, transactionsOf);
            for (int k = 0; k < tids.support(a); k++) {
                int t = transactionsOf[k];
                for (int j = 0; j < db.transactionLength(t); j++) {
                    int b = db.item(t, j);
                    if (b != a && counts[b]++ == 0) {
                        touched[n++] = b;
                    }
                }
            }
            for (Pair pair : best(a, counts, touched, n, tids, perItem, minTogether)) {
                long key = ((long) pair.first() << 32) | pair.second();
                if (seen.add(key)) {
                    pairs.add(pair);
                }
            }
            for (int i = 0; i < n; i++) {
                counts[touched[i]] = 0;
            }
        }
        progress.report(1.0);
        return pairs;
    }

    private static List<Pair> best(int a, int[] counts, int[] touched, int n, TidLists tids, int perItem, int minTogether) {
        List<Pair> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int b = touched[i];
            if (counts[b] >= minTogether) {
                candidates.add(a < b ? new Pair(a, b, counts[b], tids.support(a), tids.support(b))
                        : new Pair(b, a, counts[b], tids.support(b), tids.support(a)));
            }
        }
        candidates.sort((x, y) -> {
            int byCosine = Double.compare(y.cosine(), x.cosine());
            if (byCosine != 0) {
                return byCosine;
            }
            int byCount = Integer.compare(y.together(), x.together());
            return byCount != 0 ? byCount : Integer.compare(other(x, a), other(y, a));
        });
        return candidates.subList(0, Math.min(perItem, candidates.size()));
    }

    private static int other(Pair pair, int a) {
        return pair.first() == a ? pair.second() : pair.first();
    }

    private static int[] basketsOf(TidLists tids, int item, int[] buffer) {
        int[] out = buffer.length >= tids.support(item) ? buffer : new int[tids.support(item)];
        tids.copyBaskets(item, out);
        return out;
    }
}
