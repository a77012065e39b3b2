package com.cartwise.domain.bundles.explanation;

import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.pricing.BundlePrice;
import com.cartwise.domain.pricing.Offer;

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
        return offer(price.offer()) + ": " + source + (price.limitedByCost() ? ", reduced to stay above cost" : "");
    }

    /** "15% off", "any 2 at 15% off", "2 at 10% off, 3 at 15% off", "second at 60% off", "second free". */
    static String offer(Offer offer) {
        return switch (offer) {
            case Offer.PercentOff p -> p.rate().percentText() + "% off";
            case Offer.PickAny p -> "any " + p.picks() + " at " + p.rate().percentText() + "% off";
            case Offer.QuantityBreaks q -> String.join(", ", q.tiers().stream().map(t -> t.quantity() + " at " + t.rate().percentText() + "% off")
                    .toList());
            case Offer.BuyOneGetOne b -> b.getDiscount().percentText().equals("100") ? "second free"
                    : "second at " + b.getDiscount().percentText() + "% off";
        };
    }
}
