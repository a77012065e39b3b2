package com.cartwise.domain.recommend.evaluation;

import com.cartwise.domain.InvalidInputException;

/** The one figure that chooses a shop's scorer: a measure at a K under a protocol, e.g. {@code hit_rate@2} on {@code last_item}. */
public record PrimaryMeasure(Protocol protocol, Measure measure, int k) {
    /** The reference POS recommender's choice: HitRate@2 holding out the last item. */
    public static final PrimaryMeasure DEFAULT = new PrimaryMeasure(Protocol.LAST_ITEM, Measure.HIT_RATE, 2);

    public PrimaryMeasure {
        InvalidInputException.require(protocol != null, "protocol", "is required");
        InvalidInputException.require(measure != null, "measure", "is required");
        InvalidInputException.require(k >= 1, "k", "must be at least 1, but was " + k);
        InvalidInputException.require(measure != Measure.COVERAGE, "measure", "coverage says nothing of accuracy and cannot choose");
    }

    /** Reads {@code hit_rate@2}. */
    public static PrimaryMeasure parse(Protocol protocol, String measureAtK) {
        InvalidInputException.require(measureAtK != null && measureAtK.matches("[a-z_]+@[0-9]+"), "measure",
                "must read like hit_rate@2, but was '" + measureAtK + "'");
        String[] parts = measureAtK.split("@");
        return new PrimaryMeasure(protocol, Measure.fromWireName(parts[0]), Integer.parseInt(parts[1]));
    }

    public String wireName() {
        return measure.wireName() + "@" + k;
    }
}
