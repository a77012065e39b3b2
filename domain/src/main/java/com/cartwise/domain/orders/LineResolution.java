package com.cartwise.domain.orders;

import com.cartwise.domain.catalog.Variant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Which catalogue variant an order line is. Orders exports name a line by its name ("Product -
 * Variant") and SKU and give no variant id; a POS cart or the Admin API gives Shopify's variant id.
 * The rule: the variant with the line's Shopify variant id, else the one variant with the line's
 * SKU, else the one variant whose line name is the line's name. A SKU or a name that several
 * variants share names none of them (real shops give one SKU to every size of a shoe). PostgreSQL
 * applies the same rule in SQL when it merges an import (see the persistence adapter's
 * LineResolution); this is its statement for code that resolves in memory.
 */
public final class LineResolution {
    private final Map<Long, Long> byShopifyId = new HashMap<>();
    private final Map<String, Long> bySku = new HashMap<>();
    private final Map<String, Long> byName = new HashMap<>();

    public LineResolution(Collection<Variant> catalogue) {
        index(catalogue.stream().map(v -> new Known(v.id(), v.shopifyVariantId(), v.sku(), v.lineName())).toList());
    }

    private LineResolution() {
    }

    /** The keys of a catalogue variant, for code that holds no whole {@link Variant} (an offline evaluation). */
    public record Known(long id, Long shopifyVariantId, String sku, String lineName) {
    }

    /** @param catalogue every variant by its keys; a blank SKU is none */
    public static LineResolution ofKeys(List<Known> catalogue) {
        LineResolution resolution = new LineResolution();
        resolution.index(catalogue);
        return resolution;
    }

    private void index(List<Known> catalogue) {
        Set<String> sharedSkus = new HashSet<>();
        Set<String> sharedNames = new HashSet<>();
        for (Known v : catalogue) {
            if (v.shopifyVariantId() != null) {
                byShopifyId.put(v.shopifyVariantId(), v.id());
            }
            if (v.sku() != null && !v.sku().isBlank() && bySku.putIfAbsent(v.sku(), v.id()) != null) {
                sharedSkus.add(v.sku());
            }
            if (byName.putIfAbsent(v.lineName(), v.id()) != null) {
                sharedNames.add(v.lineName());
            }
        }
        sharedSkus.forEach(bySku::remove);
        sharedNames.forEach(byName::remove);
    }

    /** @param shopifyVariantId null when the line gives none; sku and name "" when it gives none */
    public OptionalLong variantOf(Long shopifyVariantId, String sku, String name) {
        Long id = shopifyVariantId == null ? null : byShopifyId.get(shopifyVariantId);
        if (id == null && !sku.isEmpty()) {
            id = bySku.get(sku);
        }
        if (id == null) {
            id = byName.get(name);
        }
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }
}
