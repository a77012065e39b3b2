package com.cartwise.domain.analytics;

import com.cartwise.domain.InvalidInputException;

/**
 * How often shown recommendations were taken: {@code shown} counts each variant of each impression
 * once; {@code accepted} those of them an accept event names (same recommendation_id, same
 * variant), whenever it came. An accept of an answer never shown counts nowhere.
 */
public record Acceptance(long shown, long accepted) {
    public static final Acceptance NONE = new Acceptance(0, 0);

    public Acceptance {
        InvalidInputException.require(shown >= 0 && accepted >= 0 && accepted <= shown, "accepted",
                "must be between 0 and shown (" + shown + "), but was " + accepted);
    }

    /** accepted / shown; 0 when nothing was shown. */
    public double rate() {
        return shown == 0 ? 0 : (double) accepted / shown;
    }

    public Acceptance plus(Acceptance other) {
        return new Acceptance(shown + other.shown, accepted + other.accepted);
    }
}
