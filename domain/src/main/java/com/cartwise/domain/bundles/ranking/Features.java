package com.cartwise.domain.bundles.ranking;

import com.cartwise.domain.InvalidInputException;

/** A bundle's five features, each in [0, 1]. */
public record Features(double confidence, double coVisitation, double lift, double inventory, double priceSanity) {
    public Features {
        for (double v : new double[] {confidence, coVisitation, lift, inventory, priceSanity}) {
            InvalidInputException.require(v >= 0 && v <= 1, "features", "each lies in [0, 1], but one was " + v);
        }
    }

    public double of(Feature feature) {
        return switch (feature) {
            case CONFIDENCE -> confidence;
            case CO_VISITATION -> coVisitation;
            case LIFT -> lift;
            case INVENTORY -> inventory;
            case PRICE_SANITY -> priceSanity;
        };
    }
}
