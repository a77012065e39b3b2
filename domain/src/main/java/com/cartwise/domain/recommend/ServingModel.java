package com.cartwise.domain.recommend;

import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A trained model joined with the catalogue as it was when loaded: everything a till's request
 * needs, in memory. Cart items resolve through the keys of the variants the model knows, since
 * a variant no order ever held can neither contribute nor be recommended.
 */
public final class ServingModel {
    private final TrainedModel model;
    private final Variant[] variants;
    private final Map<Long, Integer> byShopifyId = new HashMap<>();
    /** SKUs that exactly one variant of the catalogue has, and the model knows it. */
    private final Map<String, Integer> bySku = new HashMap<>();
    /**
     * SKUs several variants share, with the model's variants among them. Such a SKU names none of
     * them, and a cart holding it rules them all out: which one is in the cart cannot be told.
     */
    private final Map<String, int[]> sharedSkus = new HashMap<>();
    private final Comparator<CoOccurrenceModel.Candidate> byTitleThenId;

    /**
     * @param catalogue the model's variants as the catalogue has them now, plus every variant that
     *                  shares a SKU with one of them; variants the model does not know only make
     *                  their SKUs shared, they are never served
     */
    public ServingModel(TrainedModel model, Collection<Variant> catalogue) {
        this.model = model;
        CoOccurrenceModel counts = model.counts();
        this.variants = new Variant[counts.variants()];
        Map<String, List<Integer>> modelVariantsBySku = new HashMap<>();
        Set<String> skusOfOthers = new HashSet<>();
        for (Variant v : catalogue) {
            int index = counts.indexOf(v.id());
            if (index < 0) {
                v.skuIfAny().ifPresent(skusOfOthers::add);
                continue;
            }
            variants[index] = v;
            v.shopifyId().ifPresent(id -> byShopifyId.put(id, index));
            v.skuIfAny().ifPresent(sku -> modelVariantsBySku.computeIfAbsent(sku, k -> new ArrayList<>()).add(index));
        }
        modelVariantsBySku.forEach((sku, indices) -> {
            if (indices.size() == 1 && !skusOfOthers.contains(sku)) {
                bySku.put(sku, indices.getFirst());
            } else {
                sharedSkus.put(sku, indices.stream().mapToInt(Integer::intValue).toArray());
            }
        });
        // Case-insensitive first, as a merchant reads a list ("apple" before "Zebra").
        this.byTitleThenId = Comparator
                .comparing((CoOccurrenceModel.Candidate c) -> variants[c.index()].productTitle(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(c -> variants[c.index()].productTitle())
                .thenComparingLong(c -> variants[c.index()].id());
    }

    public long version() {
        return model.version();
    }

    public Metric metric() {
        return model.metric();
    }

    public TrainedModel model() {
        return model;
    }

    /**
     * The best {@code limit} variants to add to the cart, by the model's metric summed over the
     * cart's items; never a cart item, never a variant that is not {@link Variant#sellable()
     * sellable} (out of stock, or of a draft or archived product) or gone from the catalogue; ties
     * by product title, then variant id. Unknown cart items are ignored; an unsellable cart item
     * still counts, since it is in the cart and what was bought with it is still good evidence.
     */
    public List<Recommendation> recommend(List<VariantKey> cart, int limit) {
        CoOccurrenceModel counts = model.counts();
        int[] cartIndices = cart.stream().mapToInt(this::indexOf).filter(i -> i >= 0).distinct().toArray();
        int[] sharedSkuIndices = cart.stream()
                .map(k -> k instanceof VariantKey.BySku s ? sharedSkus.get(s.sku()) : null)
                .filter(Objects::nonNull)
                .flatMapToInt(Arrays::stream)
                .toArray();
        if (cartIndices.length == 0) {
            return List.of();
        }
        List<CoOccurrenceModel.Candidate> ranked = counts.rank(cartIndices, model.metric(), limit,
                i -> variants[i] != null && variants[i].sellable() && !contains(sharedSkuIndices, i),
                byTitleThenId);
        return ranked.stream().map(c -> toRecommendation(c, counts)).toList();
    }

    private Recommendation toRecommendation(CoOccurrenceModel.Candidate c, CoOccurrenceModel counts) {
        Variant with = variants[c.evidence()];
        Evidence evidence = new Evidence(with, counts.together(c.evidence(), c.index()),
                counts.orderCount(c.evidence()), counts.orderCount(c.index()), counts.orders());
        return new Recommendation(variants[c.index()], c.score(), evidence);
    }

    private int indexOf(VariantKey key) {
        Integer index = switch (key) {
            case VariantKey.ById id -> {
                int i = model.counts().indexOf(id.variantId());
                yield i >= 0 && variants[i] != null ? i : null;
            }
            case VariantKey.ByShopifyVariantId s -> byShopifyId.get(s.shopifyVariantId());
            case VariantKey.BySku s -> bySku.get(s.sku());
        };
        return index == null ? -1 : index;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
