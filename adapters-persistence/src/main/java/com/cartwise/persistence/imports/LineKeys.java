package com.cartwise.persistence.imports;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbers each distinct way an upload names the variant of its lines (Shopify variant id, SKU,
 * line name), so that the merge decides the variant of each such key once instead of once per
 * line: a million lines of an orders export name some fifty thousand variants, and joining each
 * line to three text look-ups was a second of the merge. Memory is bounded: past {@link #LIMIT}
 * keys, further lines go unnumbered (0) and the merge resolves those one by one.
 */
final class LineKeys {
    static final int LIMIT = 200_000;
    static final int UNNUMBERED = 0;

    private record Key(Long shopifyVariantId, String sku, String name) {
    }

    /** Told of each key when it is first numbered. */
    interface NewKey {
        void numbered(int number, Long shopifyVariantId, String sku, String name);
    }

    private final Map<Key, Integer> numbers = new HashMap<>();
    private final int limit;
    private boolean anyUnnumbered;

    LineKeys() {
        this(LIMIT);
    }

    LineKeys(int limit) {
        this.limit = limit;
    }

    /** The key's number (from 1), or {@link #UNNUMBERED} once the limit is reached for a key not seen before. */
    int number(Long shopifyVariantId, String sku, String name, NewKey onNew) {
        Key key = new Key(shopifyVariantId, sku, name);
        Integer known = numbers.get(key);
        if (known != null) {
            return known;
        }
        if (numbers.size() >= limit) {
            anyUnnumbered = true;
            return UNNUMBERED;
        }
        int number = numbers.size() + 1;
        numbers.put(key, number);
        onNew.numbered(number, shopifyVariantId, sku, name);
        return number;
    }

    /** Whether some line went unnumbered, so that the merge must resolve lines one by one too. */
    boolean anyUnnumbered() {
        return anyUnnumbered;
    }
}
