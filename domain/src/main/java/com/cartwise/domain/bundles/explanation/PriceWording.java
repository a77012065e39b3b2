package com.cartwise.domain.bundles.explanation;

import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.pricing.BundlePrice;

/** The last reason: the offer, and where its discount came from. */
final class PriceWording {
    private PriceWording() {
    }

    static String of(BundlePrice price, Objective objective) {
        String source = switch (price.basis()) {
            case SHRUNK_HISTORY -> "the discount these products usually sell at, within the " + price.caps() + " range for "
                    + objective.wireName().replace('_', ' ');
            case SIMILARITY_DEFAULT -> "a default discount, smaller for products that belong together";
            case BANDIT_EXPLORE -> "a discount being tested";
            case BANDIT_EXPLOIT -> "the discount that has earned most per view so far";
            case FIXED -> "the quick-start discount";
        };
        return Wording.offer(price.offer()) + ": " + source + (price.limitedByCost() ? ", reduced to stay above cost" : "");
    }
}
