package com.cartwise.domain.catalog;

import java.util.function.Function;

/**
 * What is derived from a variant's values alone (an answer's encoded keys, titles, price and
 * stock), kept while the variant stays the same value: the same object, as a served model hands it
 * out, or an equal one. New stock or a new price, new part. Parts sit in a table of slots by
 * variant id: a shop's variant ids are numbered as its catalogue was imported, so a shop's
 * variants take slots of their own, and a variant whose slot another took is derived again when
 * it next comes. A hash map keyed by boxed ids cost a sixth of RecommendForCart's handler CPU on
 * the million-order shop in cache misses; a part names its variant itself, so that a look-up reads
 * one object.
 * <p>
 * Read and written without locks: a part is immutable, its fields final, so a thread sees it whole
 * or not at all, and a lost race only derives a part twice.
 *
 * @param <P> the part derived from a variant
 */
public final class VariantMemo<P> {
    public static final int SLOTS = 1 << 17;

    private final Function<Variant, P> derive;
    private final Function<P, Variant> derivedFrom;
    private final Object[] parts = new Object[SLOTS];

    /**
     * @param derive makes a variant's part from the variant's values only
     * @param derivedFrom the variant a part was made from, as the part holds it
     */
    public VariantMemo(Function<Variant, P> derive, Function<P, Variant> derivedFrom) {
        this.derive = derive;
        this.derivedFrom = derivedFrom;
    }

    /** The variant's part, derived now unless its slot holds one derived from the same values. */
    @SuppressWarnings("unchecked")
    public P of(Variant variant) {
        int slot = (int) (variant.id() & (SLOTS - 1));
        P part = (P) parts[slot];
        Variant held = part == null ? null : derivedFrom.apply(part);
        if (held != null && (held == variant || held.equals(variant))) {
            return part;
        }
        part = derive.apply(variant);
        parts[slot] = part;
        return part;
    }
}
