package com.cartwise.domain.mining;

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

    ConditionalMining(ItemsetSink sink, int minCount, int maxLength, int frequentItems) {
        this.sink = sink;
        this.minCount = minCount;
        this.maxLength = maxLength;
        this.prefix = new int[frequentItems + 1];
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
            FpTree conditional = conditionalTree(tree, j);
            if (conditional != null) {
                mine(conditional, depth + 1);
            }
        }
    }

    /** The tree of the paths ending in item {@code j}, restricted to items frequent among them; null if none is. */
    private FpTree conditionalTree(FpTree tree, int j) {
        int[] weight = new int[j];
        int[] occurrences = new int[j];
        for (int n = tree.head[j]; n >= 0; n = tree.link[n]) {
            int c = tree.count[n];
            for (int p = tree.parent[n]; p > 0; p = tree.parent[p]) {
                weight[tree.item[p]] += c;
                occurrences[tree.item[p]]++;
            }
        }
        int[] local = new int[j];
        int kept = 0;
        int maxNodes = 0;
        for (int i = 0; i < j; i++) {
            if (weight[i] >= minCount) {
                local[i] = kept++;
                maxNodes += occurrences[i];
            } else {
                local[i] = -1;
            }
        }
        if (kept == 0) {
            return null;
        }
        int[] rank = new int[kept];
        for (int i = 0; i < j; i++) {
            if (local[i] >= 0) {
                rank[local[i]] = tree.rank[i];
            }
        }
        FpTree conditional = new FpTree(rank, maxNodes);
        int[] path = new int[kept];
        for (int n = tree.head[j]; n >= 0; n = tree.link[n]) {
            int length = 0;
            for (int p = tree.parent[n]; p > 0; p = tree.parent[p]) {
                int l = local[tree.item[p]];
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
