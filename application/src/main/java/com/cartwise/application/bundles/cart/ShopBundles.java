package com.cartwise.application.bundles.cart;

import com.cartwise.application.bundles.ActiveBundle;
import com.cartwise.application.bundles.review.ApprovalCheck;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One shop's active bundles as the till matches carts against them: only bundles whose every
 * variant can be sold now and whose items still cost together what the bundle was priced on (a live
 * bundle keeps the price it was approved at; after a products export changes an item's price, its
 * discount is no longer the one approved: {@link ApprovalCheck#pricesChanged}), each variant
 * findable by any key a cart may name it by. A SKU names a variant only if no other variant of the
 * shop has it (SKUs are not unique in real shops).
 */
final class ShopBundles {
    private static final Comparator<Match> BEST_FIRST = Comparator.comparingInt((Match m) -> -m.inCart.size())
            .thenComparingInt(m -> m.toAdd.size())
            .thenComparingInt(m -> m.bundle.proposal().bundle().priced().ranked().rank())
            .thenComparing(m -> m.bundle.key().value());

    private final List<ActiveBundle> bundles = new ArrayList<>();
    private final Map<Long, List<Integer>> bundlesOf = new HashMap<>();
    private final Map<Long, Long> byShopifyId = new HashMap<>();
    private final Map<String, Long> bySku = new HashMap<>();
    private final Map<Long, Variant> variants;

    /**
     * @param catalogue the bundles' variants and every variant sharing a SKU with one of them
     */
    ShopBundles(List<ActiveBundle> active, Collection<Variant> catalogue) {
        Map<Long, Variant> byId = new HashMap<>();
        Map<String, Integer> skuUses = new HashMap<>();
        for (Variant v : catalogue) {
            byId.put(v.id(), v);
            v.skuIfAny().ifPresent(sku -> skuUses.merge(sku, 1, Integer::sum));
        }
        this.variants = Map.copyOf(byId);
        for (ActiveBundle bundle : active) {
            List<Long> ids = bundle.candidate().variantIds();
            if (ids.stream().allMatch(id -> byId.containsKey(id) && byId.get(id).sellable())
                    && ApprovalCheck.pricesChanged(bundle.candidate(), bundle.price(), byId).isEmpty()) {
                int index = bundles.size();
                bundles.add(bundle);
                new LinkedHashSet<>(ids).forEach(id -> bundlesOf.computeIfAbsent(id, k -> new ArrayList<>()).add(index));
            }
        }
        for (Long id : bundlesOf.keySet()) {
            Variant v = byId.get(id);
            v.shopifyId().ifPresent(shopifyId -> byShopifyId.put(shopifyId, id));
            v.skuIfAny().filter(sku -> skuUses.get(sku) == 1).ifPresent(sku -> bySku.put(sku, id));
        }
    }

    /** The variants of the bundles on offer, by id. */
    Map<Long, Variant> variants() {
        return variants;
    }

    /** The bundles holding any of the cart's variants: most of the cart first, then fewest to add, then the best ranked. */
    List<CartBundle> match(List<VariantKey> cart, int limit) {
        Set<Long> inCart = new HashSet<>();
        for (VariantKey key : cart) {
            Long id = switch (key) {
                case VariantKey.ById byId -> byId.variantId();
                case VariantKey.ByShopifyVariantId byShopify -> byShopifyId.get(byShopify.shopifyVariantId());
                case VariantKey.BySku bySkuKey -> bySku.get(bySkuKey.sku());
            };
            if (id != null) {
                inCart.add(id);
            }
        }
        Set<Integer> touched = new LinkedHashSet<>();
        inCart.forEach(id -> touched.addAll(bundlesOf.getOrDefault(id, List.of())));
        List<Match> matches = new ArrayList<>();
        for (int index : touched) {
            ActiveBundle bundle = bundles.get(index);
            List<Long> held = new ArrayList<>();
            List<Long> toAdd = new ArrayList<>();
            for (long id : new LinkedHashSet<>(bundle.candidate().variantIds())) {
                (inCart.contains(id) ? held : toAdd).add(id);
            }
            matches.add(new Match(bundle, held, toAdd));
        }
        matches.sort(BEST_FIRST);
        return matches.stream().limit(limit).map(m -> new CartBundle(m.bundle, m.inCart, m.toAdd)).toList();
    }

    boolean isEmpty() {
        return bundles.isEmpty();
    }

    private record Match(ActiveBundle bundle, List<Long> inCart, List<Long> toAdd) {
    }
}
