package com.cartwise.domain.bundles.enrichment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dense indexes of variants and products, so enrichment counts into arrays. */
final class CatalogueIndex {
    private final List<CatalogEntry> entries;
    private final long[] sortedIds;
    private final int[] indexOfSorted;
    private final int[] productOfVariant;
    private final int[] categoryOfVariant;
    private final List<String> categories = new ArrayList<>();
    private final List<List<Integer>> variantsOfProduct = new ArrayList<>();

    CatalogueIndex(List<CatalogEntry> entries) {
        this.entries = entries;
        this.productOfVariant = new int[entries.size()];
        this.categoryOfVariant = new int[entries.size()];
        // variant ids sorted with their positions: a binary search per order line, no boxing
        this.sortedIds = new long[entries.size()];
        this.indexOfSorted = new int[entries.size()];
        Integer[] order = new Integer[entries.size()];
        for (int v = 0; v < order.length; v++) {
            order[v] = v;
        }
        Arrays.sort(order, (a, b) -> Long.compare(entries.get(a).variantId(), entries.get(b).variantId()));
        for (int k = 0; k < order.length; k++) {
            sortedIds[k] = entries.get(order[k]).variantId();
            indexOfSorted[k] = order[k];
        }
        Map<String, Integer> productIndex = new HashMap<>();
        Map<String, Integer> categoryIndex = new HashMap<>();
        for (int v = 0; v < entries.size(); v++) {
            CatalogEntry entry = entries.get(v);
            categoryOfVariant[v] = categoryIndex.computeIfAbsent(entry.category(), c -> {
                categories.add(c);
                return categories.size() - 1;
            });
            int p = productIndex.computeIfAbsent(entry.productId(), id -> {
                variantsOfProduct.add(new ArrayList<>());
                return variantsOfProduct.size() - 1;
            });
            productOfVariant[v] = p;
            variantsOfProduct.get(p).add(v);
        }
    }

    List<CatalogEntry> entries() {
        return entries;
    }

    int variants() {
        return entries.size();
    }

    int products() {
        return variantsOfProduct.size();
    }

    CatalogEntry entry(int v) {
        return entries.get(v);
    }

    /** The dense index of a variant id, or -1 if it is not in the catalogue. */
    int variantIndex(long variantId) {
        int k = Arrays.binarySearch(sortedIds, variantId);
        return k < 0 ? -1 : indexOfSorted[k];
    }

    int categories() {
        return categories.size();
    }

    String category(int c) {
        return categories.get(c);
    }

    int categoryIndexOf(int v) {
        return categoryOfVariant[v];
    }

    int productIndexOf(int v) {
        return productOfVariant[v];
    }

    List<Integer> variantsOf(int p) {
        return variantsOfProduct.get(p);
    }
}
