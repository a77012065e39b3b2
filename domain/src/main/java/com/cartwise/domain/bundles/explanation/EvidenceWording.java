package com.cartwise.domain.bundles.explanation;

import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.CandidateSource;
import com.cartwise.domain.bundles.Evidence;
import com.cartwise.domain.bundles.enrichment.SalesFigures;
import com.cartwise.domain.bundles.enrichment.ShopProfile;
import com.cartwise.domain.bundles.ranking.ReferenceBasket;
import java.util.Optional;

/** The first reason of an explanation: what the orders say, or that they cannot say yet. */
final class EvidenceWording {
    private EvidenceWording() {
    }

    static Optional<String> of(Candidate candidate, ShopProfile shop) {
        Evidence evidence = candidate.evidence();
        if (ReferenceBasket.isSingleVariant(candidate)) {
            SalesFigures sales = shop.variant(candidate.variantIds().get(0)).sales();
            return sales.multiUnitLines() == 0 ? Optional.empty()
                    : Optional.of("Bought 2 or more at a time in " + sales.multiUnitLines() + " of " + sales.lines() + " orders");
        }
        if (candidate.isFallback()) {
            return Optional.of(fallback(candidate, shop));
        }
        if (candidate.type() == BundleType.MIX_AND_MATCH) {
            int pairs = evidence.pairTogether().stream().mapToInt(Integer::intValue).sum();
            return Optional.of("Pairs from this set were bought together in " + pairs + " orders of " + evidence.orders());
        }
        if (evidence.together() == 0) {
            return Optional.of(candidate.sources().contains(CandidateSource.RECOMMENDER) ? "Suggested by the recommender from similar carts"
                    : "Not yet bought together");
        }
        String anchor = name(candidate.variantIds().get(0), shop);
        String who = evidence.size() == 2 ? "Bought together" : "All " + (evidence.size() == 3 ? "three" : evidence.size()) + " bought together";
        return Optional.of(who + " in " + evidence.together() + " of " + evidence.variantOrders().get(0) + " orders with " + anchor + " ("
                + Wording.times(evidence.lift()) + " chance)");
    }

    private static String fallback(Candidate candidate, ShopProfile shop) {
        var anchor = shop.variant(candidate.variantIds().get(0));
        String why = switch (candidate.source()) {
            case FALLBACK_SAME_CATEGORY -> "Same category (" + anchor.category() + ") at a complementary price";
            case FALLBACK_SAME_VENDOR -> "Same vendor (" + anchor.entry().vendor() + ") at a complementary price";
            default -> "Paired with a best seller";
        };
        return why + "; too few orders yet to show what sells together";
    }

    static String name(long variantId, ShopProfile shop) {
        return shop.variant(variantId).entry().displayName();
    }
}
