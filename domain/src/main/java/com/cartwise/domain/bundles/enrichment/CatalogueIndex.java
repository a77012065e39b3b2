package com.cartwise.domain.bundles.enrichment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dense indexes of variants and products, so enrichment counts into arrays. */
final class CatalogueIndex {
    private final List<CatalogEntry> entries;
    private final Map<Long, Integer> variantIndex = new HashMap<>();
    private final int[] productOfVariant;
    private final List<List<Integer>> variantsOfProduct = new ArrayList<>();

    CatalogueIndex(List<CatalogEntry> entries) {
        this.entries = entries;
        this.productOfVariant = new int[entries.size()];
        Map<String, Integer> productIndex = new HashMap<>();
        for (int v = 0; v < entries.size(); v++) {
            CatalogEntry entry = entries.get(v);
            variantIndex.put(entry.variantId(), v);
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
        Integer v = variantIndex.get(variantId);
        return v == null ? -1 : v;
    }

    int productIndexOf(int v) {
        return productOfVariant[v];
    }

    List<Integer> variantsOf(int p) {
        return variantsOfProduct.get(p);
    }
}
