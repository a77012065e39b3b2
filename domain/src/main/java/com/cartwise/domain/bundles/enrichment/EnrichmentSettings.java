package com.cartwise.domain.bundles.enrichment;

import com.cartwise.domain.InvalidInputException;

/**
 * @param velocityWindowDays    units per day are measured over this many days before the run
 * @param minVariantsForCategoryBands a category needs this many priced variants to have its own
 *                              terciles; smaller ones are banded among the whole shop
 */
public record EnrichmentSettings(int velocityWindowDays, int minVariantsForCategoryBands) {
    /**
     * 90 days: long enough for a product selling a few units a month to show a velocity, short
     * enough to follow a trend. Six variants: fewer prices cannot be cut into thirds with two
     * in each.
     */
    public static final EnrichmentSettings DEFAULTS = new EnrichmentSettings(90, 6);

    public EnrichmentSettings {
        InvalidInputException.require(velocityWindowDays >= 1, "velocity_window_days", "must be at least 1, but was " + velocityWindowDays);
        InvalidInputException.require(minVariantsForCategoryBands >= 3, "min_variants_for_category_bands",
                "must be at least 3, but was " + minVariantsForCategoryBands);
    }
}
