package com.cartwise.domain.recommend.scoring;

import com.cartwise.domain.InvalidInputException;

/** How a candidate's weights from several cart items make one score. */
public enum Combiner {
    /** The reference: every cart item adds its weight, so a candidate bought with many of them rises. */
    SUM("sum"),
    /** The strongest single cart item decides: one best seller in the cart cannot drown the rest. */
    MAX("max"),
    /**
     * Each cart item weighs half as much as the one added after it: the newest item says most about
     * what comes next, as at a till where the cart grows line by line.
     */
    RECENT("recent");

    private final String wireName;

    Combiner(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The factor of the cart item at {@code position} of {@code cartSize} (0 the oldest). */
    double factor(int position, int cartSize) {
        return this == RECENT ? Math.scalb(1.0, position - (cartSize - 1)) : 1.0;
    }

    public static Combiner fromWireName(String name) {
        for (Combiner c : values()) {
            if (c.wireName.equals(name)) {
                return c;
            }
        }
        throw new InvalidInputException("combiner", "must be one of sum, max, recent, but was '" + name + "'");
    }
}
