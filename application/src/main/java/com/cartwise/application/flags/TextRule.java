package com.cartwise.application.flags;

/**
 * What a string flag's value must be beyond being a string: checked by the use case that changes
 * it, through a {@link TextCheck} the wiring supplies (the scorer names are the recommender's, a
 * cron expression is read by the scheduler's parser).
 */
public enum TextRule {
    /** A scorer's wire name, as a training's {@code metric} ({@code cosine}, {@code lift+recent} ...). */
    SCORER,
    /** A cron expression as the scheduler reads it, or {@code off}. */
    CRON,
    /** A holdout's control arm: {@code popularity} or {@code none}. */
    HOLDOUT_CONTROL
}
