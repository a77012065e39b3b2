package com.cartwise.domain.mining;

import java.util.Arrays;

/**
 * The recursive half of FP-Growth: for each item of a tree (least frequent first), report the
 * prefix extended by it, then mine the item's conditional tree, the paths that lead to it with
 * the items still frequent among them. A single-path tree is not recursed into: every
 * combination of its nodes is frequent, with the count of its deepest node.
 */
final class ConditionalMining {
    private final ItemsetSink sink;
    private final int minCount;
    private final int maxLength;
    private final int[] prefix;
    private final int frequentItems;
    private final Scratch[] scratches;

    ConditionalMining(ItemsetSink sink, int minCount, int maxLength, int frequentItems) {
        this.sink = sink;
        this.minCount = minCount;
        this.maxLength = maxLength;
        this.frequentItems = frequentItems;
        this.prefix = new int[frequentItems + 1];
        this.scratches = new Scratch[frequentItems + 1];
    }

    /** Mines the global tree, one top-level item per unit of progress. */
    void mineTop(FpTree tree, Progress progress) {
        if (tree.isSinglePath()) {
            progress.checkpoint();
            singlePath(tree, 0);
            return;
        }
        for (int j = tree.itemCount - 1, done = 0; j >= 0; j--, done++) {
            progress.advance(done, tree.itemCount);
            mineItem(tree, j, 0);
        }
    }

    private void mine(FpTree tree, int depth) {
        if (tree.isSinglePath()) {
            singlePath(tree, depth);
            return;
        }
        for (int j = tree.itemCount - 1; j >= 0; j--) {
            mineItem(tree, j, depth);
        }
    }

    private void mineItem(FpTree tree, int j, int depth) {
        prefix[depth] = tree.rank[j];
        sink.add(prefix, depth + 1, tree.total[j]);
        if (depth + 1 < maxLength) {
            FpTree conditional = conditionalTree(tree, j, depth);
            if (conditional != null) {
                mine(conditional, depth + 1);
            }
        }
    }

    /** The tree of the paths ending in item {@code j}, restricted to items frequent among them; null if none is. */
    private FpTree conditionalTree(FpTree tree, int j, int depth) {
        Scratch scratch = scratch(depth);
        int touched = 0;
        for (int n = tree.head[j]; n >= 0; n = tree.link[n]) {
            int c = tree.count[n];
            for (int p = tree.parent[n]; p > 0; p = tree.parent[p]) {
                int it = tree.item[p];
                if (scratch.occurrences[it]++ == 0) {
                    scratch.touched[touched++] = it;
                }
                scratch.weight[it] += c;
            }
        }
        // Local ids follow the parent's order (descending frequency), so paths stay ascending.
        Arrays.sort(scratch.touched, 0, touched);
        int kept = 0;
        int maxNodes = 0;
        for (int t = 0; t < touched; t++) {
            int it = scratch.touched[t];
            if (scratch.weight[it] >= minCount) {
                scratch.local[it] = kept++;
                maxNodes += scratch.occurrences[it];
            } else {
                scratch.local[it] = -1;
            }
        }
        FpTree conditional = kept == 0 ? null : build(tree, j, scratch, kept, maxNodes, touched);
        for (int t = 0; t < touched; t++) {
            scratch.weight[scratch.touched[t]] = 0;
            scratch.occurrences[scratch.touched[t]] = 0;
        }
        return conditional;
    }

    private static FpTree build(FpTree tree, int j, Scratch scratch, int kept, int maxNodes, int touched) {
        int[] rank = new int[kept];
        for (int t = 0; t < touched; t++) {
            int it = scratch.touched[t];
            if (scratch.local[it] >= 0) {
                rank[scratch.local[it]] = tree.rank[it];
            }
        }
        FpTree conditional = new FpTree(rank, maxNodes);
        int[] path = scratch.path;
        for (int n = tree.head[j]; n >= 0; n = tree.link[n]) {
            int length = 0;
            for (int p = tree.parent[n]; p > 0; p = tree.parent[p]) {
                int l = scratch.local[tree.item[p]];
                if (l >= 0) {
                    path[length++] = l;
                }
            }
            if (length > 0) {
                reverse(path, length);
                conditional.insert(path, length, tree.count[n]);
            }
        }
        return conditional;
    }

    /**
     * Counting arrays for one recursion depth, indexed by the items of the tree at that depth and
     * reused from one item to the next: only the entries a pass touched are reset, so a deep tree
     * with thousands of items does not cost thousands of zeroed ints per conditional tree.
     */
    private static final class Scratch {
        final int[] weight;
        final int[] occurrences;
        final int[] local;
        final int[] touched;
        final int[] path;

        Scratch(int items) {
            weight = new int[items];
            occurrences = new int[items];
            local = new int[items];
            touched = new int[items];
            path = new int[items];
        }
    }

    private Scratch scratch(int depth) {
        if (scratches[depth] == null) {
            scratches[depth] = new Scratch(frequentItems);
        }
        return scratches[depth];
    }

    private void singlePath(FpTree tree, int depth) {
        int length = tree.size() - 1;
        int[] chainRank = new int[length];
        int[] chainCount = new int[length];
        int node = tree.deepestNode();
        for (int i = length - 1; i >= 0; i--) {
            chainRank[i] = tree.rank[tree.item[node]];
            chainCount[i] = tree.count[node];
            node = tree.parent[node];
        }
        int room = maxLength - depth;
        sink.expect(combinations(length, room));
        for (int deepest = 0; deepest < length; deepest++) {
            prefix[depth] = chainRank[deepest];
            subsets(chainRank, deepest, depth + 1, chainCount[deepest], room - 1);
        }
    }

    /** Reports the prefix with every subset of chain[0..below), of at most {@code room} more items. */
    private void subsets(int[] chainRank, int below, int depth, int support, int room) {
        sink.add(prefix, depth, support);
        if (room == 0) {
            return;
        }
        for (int i = below - 1; i >= 0; i--) {
            prefix[depth] = chainRank[i];
            subsets(chainRank, i, depth + 1, support, room - 1);
        }
    }

    /** The number of non-empty subsets of at most {@code room} of {@code n} items, saturating at Long.MAX_VALUE. */
    static long combinations(int n, int room) {
        long sum = 0;
        long binomial = 1;
        for (int k = 1; k <= Math.min(n, room); k++) {
            // C(n, k) = C(n, k-1) * (n - k + 1) / k, exact in this order
            if (binomial > Long.MAX_VALUE / (n - k + 1)) {
                return Long.MAX_VALUE;
            }
            binomial = binomial * (n - k + 1) / k;
            if (sum > Long.MAX_VALUE - binomial) {
                return Long.MAX_VALUE;
            }
            sum += binomial;
        }
        return sum;
    }

    private static void reverse(int[] a, int length) {
        for (int i = 0, k = length - 1; i < k; i++, k--) {
            int t = a[i];
            a[i] = a[k];
            a[k] = t;
        }
    }
}
