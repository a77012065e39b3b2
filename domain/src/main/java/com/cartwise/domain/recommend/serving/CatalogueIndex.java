package com.cartwise.domain.recommend.serving;

import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.recommend.CoOccurrenceModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The catalogue as a model's dense indices see it: which variant each index is, how requests name
 * them (id, Shopify id, a SKU only one variant has, a SKU the variants of one product share, a
 * product handle), and the order ties go in (product title as a merchant reads a list, then
 * variant id).
 */
final class CatalogueIndex {
    private final CoOccurrenceModel counts;
    private final Variant[] variants;
    private final Map<Long, Integer> byShopifyId;
    /** SKUs that exactly one variant of the catalogue has, and the model knows it. */
    private final Map<String, Integer> bySku;
    /**
     * SKUs several variants share, with the model's variants among them. Such a SKU names none of
     * them, and a cart holding it rules them all out: which one is in the cart cannot be told.
     */
    private final Map<String, int[]> sharedSkus;
    /**
     * The shared SKUs all of whose variants are of one product (a shop that gives a SKU per product,
     * not per size), with that product's handle: such a SKU names the product, as a product page's
     * handle does.
     */
    private final Map<String, String> productSkus;
    private final Map<String, int[]> byHandle;
    private final int[] tieRanks;
    /** Sellable and in the catalogue, decided once at load (an import reloads the model): one read per candidate. */
    private final boolean[] offerable;
    private final int held;
    private static final int[] NONE = new int[0];

    CatalogueIndex(CoOccurrenceModel counts, Collection<Variant> catalogue) {
        this.counts = counts;
        this.variants = new Variant[counts.variants()];
        this.byShopifyId = new HashMap<>();
        this.bySku = new HashMap<>();
        this.sharedSkus = new HashMap<>();
        this.productSkus = new HashMap<>();
        this.byHandle = new HashMap<>();
        Map<String, List<Integer>> modelVariantsBySku = new HashMap<>();
        Map<String, List<Integer>> handles = new HashMap<>();
        Set<String> skusOfOthers = new HashSet<>();
        Map<String, String> productOfSku = new HashMap<>();
        Set<String> skusOfSeveralProducts = new HashSet<>();
        for (Variant v : catalogue) {
            v.skuIfAny().ifPresent(sku -> {
                if (!productOfSku.computeIfAbsent(sku, k -> v.handle()).equals(v.handle())) {
                    skusOfSeveralProducts.add(sku);
                }
            });
            int index = counts.indexOf(v.id());
            if (index < 0) {
                v.skuIfAny().ifPresent(skusOfOthers::add);
                continue;
            }
            variants[index] = v;
            v.shopifyId().ifPresent(id -> byShopifyId.put(id, index));
            v.skuIfAny().ifPresent(sku -> modelVariantsBySku.computeIfAbsent(sku, k -> new ArrayList<>()).add(index));
            handles.computeIfAbsent(v.handle(), k -> new ArrayList<>()).add(index);
        }
        modelVariantsBySku.forEach((sku, indices) -> {
            if (indices.size() == 1 && !skusOfOthers.contains(sku)) {
                bySku.put(sku, indices.getFirst());
            } else {
                sharedSkus.put(sku, indices.stream().mapToInt(Integer::intValue).sorted().toArray());
                if (!skusOfSeveralProducts.contains(sku)) {
                    productSkus.put(sku, productOfSku.get(sku));
                }
            }
        });
        handles.forEach((handle, indices) -> byHandle.put(handle, indices.stream().mapToInt(Integer::intValue).sorted().toArray()));
        this.held = catalogue.size();
        this.tieRanks = tieRanks(variants);
        this.offerable = new boolean[variants.length];
        for (int i = 0; i < variants.length; i++) {
            offerable[i] = variants[i] != null && variants[i].sellable();
        }
    }

    private CatalogueIndex(CatalogueIndex same, CoOccurrenceModel counts) {
        this.counts = counts;
        this.variants = same.variants;
        // Shared, not copied: nothing changes them after the first constructor.
        this.byShopifyId = same.byShopifyId;
        this.bySku = same.bySku;
        this.sharedSkus = same.sharedSkus;
        this.productSkus = same.productSkus;
        this.byHandle = same.byHandle;
        this.tieRanks = same.tieRanks;
        this.offerable = same.offerable;
        this.held = same.held;
    }

    /**
     * This index over other counts of the same variants, numbered alike (an incremental update
     * that met no variant new to the model): the catalogue's variants are where they were, so
     * nothing here changes. Empty when the counts number other variants.
     */
    Optional<CatalogueIndex> forCounts(CoOccurrenceModel other) {
        if (other.variants() != counts.variants()) {
            return Optional.empty();
        }
        for (int i = 0; i < other.variants(); i++) {
            if (other.variantId(i) != counts.variantId(i)) {
                return Optional.empty();
            }
        }
        return Optional.of(new CatalogueIndex(this, other));
    }

    private static int[] tieRanks(Variant[] variants) {
        // Case-insensitive first, as a merchant reads a list ("apple" before "Zebra").
        Comparator<Variant> order = Comparator.comparing(Variant::productTitle, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Variant::productTitle)
                .thenComparingLong(Variant::id);
        int[] known = IntStream.range(0, variants.length).filter(i -> variants[i] != null).boxed()
                .sorted((a, b) -> order.compare(variants[a], variants[b])).mapToInt(Integer::intValue).toArray();
        int[] ranks = new int[variants.length];
        Arrays.fill(ranks, Integer.MAX_VALUE);
        for (int r = 0; r < known.length; r++) {
            ranks[known[r]] = r;
        }
        return ranks;
    }

    Variant variant(int index) {
        return variants[index];
    }

    /** In the catalogue and sellable. */
    boolean offerable(int index) {
        return offerable[index];
    }

    int[] tieRanks() {
        return tieRanks;
    }

    /** The model's index of the variant a key names, or -1. */
    int indexOf(VariantKey key) {
        Integer index = switch (key) {
            case VariantKey.ById id -> {
                int i = counts.indexOf(id.variantId());
                yield i >= 0 && variants[i] != null ? i : null;
            }
            case VariantKey.ByShopifyVariantId s -> byShopifyId.get(s.shopifyVariantId());
            case VariantKey.BySku s -> bySku.get(s.sku());
        };
        return index == null ? -1 : index;
    }

    /** The variants ruled out because the keys name a SKU they share. */
    int[] sharedSkuVariants(List<VariantKey> keys) {
        int[] found = NONE;
        for (VariantKey key : keys) {
            int[] shared = key instanceof VariantKey.BySku s ? sharedSkus.get(s.sku()) : null;
            if (shared != null) {
                int at = found.length;
                found = Arrays.copyOf(found, at + shared.length);
                System.arraycopy(shared, 0, found, at, shared.length);
            }
        }
        return found;
    }

    /** Whether the key is a SKU variants of several products share, which names none of them. */
    boolean ambiguousSku(VariantKey key) {
        return key instanceof VariantKey.BySku s && sharedSkus.containsKey(s.sku()) && !productSkus.containsKey(s.sku());
    }

    /**
     * The model's variants of the one product a shared SKU names (sorted; all of the product's, not
     * only those with that SKU), or null when the key names no such product.
     */
    int[] productOfSku(VariantKey key) {
        String handle = key instanceof VariantKey.BySku s ? productSkus.get(s.sku()) : null;
        return handle == null ? null : byHandle.get(handle);
    }

    int[] variantsOfProduct(String handle) {
        return byHandle.getOrDefault(handle, new int[0]);
    }

    long bytes(long perVariant) {
        return 8L * variants.length + 4L * tieRanks.length + offerable.length + perVariant * held;
    }
}
