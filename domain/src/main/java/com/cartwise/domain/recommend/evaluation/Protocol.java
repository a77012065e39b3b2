package com.cartwise.domain.recommend.evaluation;

import com.cartwise.domain.InvalidInputException;

/** Which items of a validation order are held out, each in its own case, with the rest as the cart. */
public enum Protocol {
    /** The last item of each order with two or more items: the reference POS recommender's protocol. */
    LAST_ITEM("last_item"),
    /** Each item in turn, the others being the cart: every line's prediction counts, not just the last. */
    EACH_ITEM("each_item");

    private final String wireName;

    Protocol(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Protocol fromWireName(String name) {
        for (Protocol p : values()) {
            if (p.wireName.equals(name)) {
                return p;
            }
        }
        throw new InvalidInputException("protocol", "must be last_item or each_item, but was '" + name + "'");
    }
}
