package com.cartwise.domain.recommend;

import com.cartwise.domain.catalog.Variant;
import java.util.Optional;

/**
 * A variant to offer, its score, where it comes from, and why.
 *
 * @param score the candidate's score combined over the cart (0 for a best seller)
 * @param evidence for a co-purchase, the cart item it was bought with most and the counts behind it
 * @param ordersWithVariant orders that held the variant
 * @param ordersTotal orders the model counted
 */
public record Recommendation(Variant variant, double score, Source source, Optional<Evidence> evidence,
                             int ordersWithVariant, int ordersTotal) {
    public Recommendation {
        if (variant == null || source == null || evidence == null || (source == Source.CO_PURCHASE) != evidence.isPresent()) {
            throw new IllegalArgumentException("a co-purchase recommendation has evidence, a best seller has none");
        }
    }

    public static Recommendation boughtWith(Variant variant, double score, Evidence evidence) {
        return new Recommendation(variant, score, Source.CO_PURCHASE, Optional.of(evidence), evidence.ordersWithCandidate(),
                evidence.ordersTotal());
    }

    public static Recommendation bestSeller(Variant variant, int ordersWithVariant, int ordersTotal) {
        return new Recommendation(variant, 0, Source.POPULARITY, Optional.empty(), ordersWithVariant, ordersTotal);
    }

    /** For staff at the till: "Bought with Ski Wax in 37 of 120 orders (4.2× chance)", or "Best seller: in 120 of 900 orders". */
    public String reason() {
        return evidence.map(Evidence::reason).orElseGet(() -> "Best seller: in " + ordersWithVariant + " of " + ordersTotal
                + (ordersTotal == 1 ? " order" : " orders"));
    }
}
