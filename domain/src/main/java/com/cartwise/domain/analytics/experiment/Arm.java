package com.cartwise.domain.analytics.experiment;

/** Which side of a holdout a cart falls on, or that no holdout runs. */
public enum Arm {
    /** No holdout ran for the shop (or the kill switch held it back): the answer belongs to neither arm. */
    NONE("none"),
    /** Gets Cartwise's recommendations. */
    TREATMENT("treatment"),
    /** Gets the experiment's control instead: best sellers only, or nothing. */
    CONTROL("control");

    private final String wireName;

    Arm(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
