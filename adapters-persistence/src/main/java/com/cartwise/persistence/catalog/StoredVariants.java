package com.cartwise.persistence.catalog;

import com.cartwise.domain.catalog.VariantRecord;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The stored variants a chunk of records may match, as they were before the chunk is written:
 * variant ids by natural key and by Shopify variant id.
 */
record StoredVariants(Map<NaturalKey, Long> idsByKey, Map<Long, Long> idsByShopifyId) {

    /**
     * The stored variant the record updates, if any: the one with its handle and option values,
     * else the one with its Shopify variant id (e.g. after the merchant renamed an option).
     */
    OptionalLong target(VariantRecord record) {
        Long id = idsByKey.get(NaturalKey.of(record));
        if (id == null && record.shopifyVariantId() != null) {
            id = idsByShopifyId.get(record.shopifyVariantId());
        }
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }

    /**
     * The stored variant, other than {@code target}, that holds the record's Shopify variant id.
     * The id moves to the target: the natural key says which variant the record is, and a
     * Shopify id names one variant only.
     */
    OptionalLong otherHolderOfShopifyId(VariantRecord record, long target) {
        Long holder = record.shopifyVariantId() == null ? null : idsByShopifyId.get(record.shopifyVariantId());
        return holder == null || holder == target ? OptionalLong.empty() : OptionalLong.of(holder);
    }
}
