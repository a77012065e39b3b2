package com.cartwise.domain.bundles.ranking;

import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Candidate;
import java.util.ArrayList;
import java.util.List;

/**
 * The units a bundle sells when taken once, for prices and outlooks before pricing: one of each
 * variant (FBT, BOGO of two variants), two of the one variant (BOGO of one), three (volume: the
 * largest break), and for mix-and-match two picks, valued at the mean price of the set.
 */
public final class ReferenceBasket {
    /** Mix-and-match: the shopper picks any two of the set. */
    public static final int MIX_AND_MATCH_PICKS = 2;

    private ReferenceBasket() {
    }

    /** Quantities aligned with the candidate's variants; for mix-and-match picks / size each, a fraction. */
    public static List<Double> quantities(Candidate candidate) {
        int k = candidate.variantIds().size();
        List<Double> quantities = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            quantities.add(switch (candidate.type()) {
                case FBT -> 1.0;
                case BOGO -> k == 1 ? 2.0 : 1.0;
                case VOLUME -> 3.0;
                case MIX_AND_MATCH -> (double) MIX_AND_MATCH_PICKS / k;
            });
        }
        return quantities;
    }

    /**
     * Whole units of each variant in one bundle, as a shop lists its items: the reference basket's,
     * except that each item of a mix-and-match set counts one (the shopper picks any two of them).
     */
    public static List<Integer> units(Candidate candidate) {
        return quantities(candidate).stream()
                .map(q -> candidate.type() == BundleType.MIX_AND_MATCH ? 1 : (int) Math.round(q)).toList();
    }

    public static boolean isSingleVariant(Candidate candidate) {
        return candidate.variantIds().size() == 1;
    }

    static boolean isPickAny(Candidate candidate) {
        return candidate.type() == BundleType.MIX_AND_MATCH;
    }
}
