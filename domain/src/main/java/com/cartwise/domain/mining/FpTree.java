package com.cartwise.domain.mining;

import java.util.Arrays;

/**
 * An FP-tree in parallel int arrays (no node objects): node 0 is the root; every other node has
 * an item, a count, a parent and a link to the next node of the same item. Items are local
 * indexes 0..itemCount-1 in descending order of frequency, so paths from the root are ascending
 * and shared prefixes compress the baskets. {@link #rank} maps a local item back to its global
 * rank, so itemsets can be reported in global terms from any conditional tree.
 */
final class FpTree {
    private static final long NO_KEY = -1L;

    final int itemCount;
    final int[] rank;
    final int[] head;
    final int[] total;
    final int[] item;
    final int[] count;
    final int[] parent;
    final int[] link;
    private final int[] lastChild;
    private final long[] childKeys;
    private final int[] childValues;
    private int size = 1;
    private boolean singlePath = true;

    /** @param maxNodes an upper bound of the nodes inserted paths can create, the root excluded */
    FpTree(int[] rank, int maxNodes) {
        this.itemCount = rank.length;
        this.rank = rank;
        this.head = new int[itemCount];
        this.total = new int[itemCount];
        Arrays.fill(head, -1);
        int nodes = maxNodes + 1;
        item = new int[nodes];
        count = new int[nodes];
        parent = new int[nodes];
        link = new int[nodes];
        lastChild = new int[nodes];
        int capacity = Integer.highestOneBit(Math.max(4, nodes) * 2 - 1) << 1;
        childKeys = new long[capacity];
        childValues = new int[capacity];
        Arrays.fill(childKeys, NO_KEY);
        item[0] = -1;
        parent[0] = -1;
    }

    int size() {
        return size;
    }

    /** Whether no node has two children: then every combination of its nodes is frequent. */
    boolean isSinglePath() {
        return singlePath;
    }

    /** Adds a path of ascending local items, occurring {@code weight} times. */
    void insert(int[] path, int length, int weight) {
        int node = 0;
        for (int i = 0; i < length; i++) {
            int it = path[i];
            node = childOf(node, it);
            count[node] += weight;
            total[it] += weight;
        }
    }

    private int childOf(int node, int it) {
        long key = ((long) node << 32) | it;
        int mask = childKeys.length - 1;
        int slot = mix(key) & mask;
        while (childKeys[slot] != NO_KEY) {
            if (childKeys[slot] == key) {
                return childValues[slot];
            }
            slot = (slot + 1) & mask;
        }
        int child = size++;
        childKeys[slot] = key;
        childValues[slot] = child;
        item[child] = it;
        parent[child] = node;
        link[child] = head[it];
        head[it] = child;
        if (lastChild[node] != 0) {
            singlePath = false;
        }
        lastChild[node] = child;
        return child;
    }

    /** The node of the deepest item of a single path, its parent the next, and so on to the root. */
    int deepestNode() {
        for (int it = itemCount - 1; it >= 0; it--) {
            if (head[it] >= 0) {
                return head[it];
            }
        }
        return 0;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 31));
    }
}
