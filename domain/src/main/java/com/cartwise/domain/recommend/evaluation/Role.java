package com.cartwise.domain.recommend.evaluation;

/** What a row of an evaluation report stands for. */
public enum Role {
    /** One of the four scores of the reference POS recommender, exactly as it ranked: the baseline to beat. */
    REFERENCE("reference"),
    /** Best sellers not in the cart, whatever the cart: what any model must beat. */
    POPULARITY("popularity"),
    /** A scorer the model may be trained with; the best of these is chosen. */
    CANDIDATE("candidate");

    private final String wireName;

    Role(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Role fromWireName(String name) {
        for (Role r : values()) {
            if (r.wireName.equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + name + "'");
    }
}
