package com.cartwise.application.recommend.holdout;

import com.cartwise.domain.InvalidInputException;

/** What a holdout's control arm is answered with (flag {@code holdout.control}). */
public enum ControlArm {
    /** Best sellers only: measures what co-purchase recommendations add over the obvious suggestion. */
    POPULARITY("popularity"),
    /** No recommendations at all: measures what recommending anything adds. */
    NONE("none");

    private final String wireName;

    ControlArm(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** @throws InvalidInputException naming {@code value} for anything but popularity or none */
    public static ControlArm fromWireName(String value) {
        for (ControlArm arm : values()) {
            if (arm.wireName.equals(value)) {
                return arm;
            }
        }
        throw new InvalidInputException("value", "the control arm is popularity or none, but was '" + value + "'");
    }

    /** A stored value as the control arm; {@link #POPULARITY} for one an older catalogue stored. */
    static ControlArm fromStored(String value) {
        return NONE.wireName.equals(value) ? NONE : POPULARITY;
    }
}
