package com.cartwise.application.bundles.review;

import com.cartwise.application.bundles.BundleRecommendation;
import com.cartwise.application.bundles.ReviewStatus;

/**
 * What a merchant's review of a bundle is worth when a new generation finds the bundle again: the
 * one home of that rule ({@code BundleRecommendations.publish} keeps to it). A proposal is not a
 * review: the new one replaces it. A rejection stands: the merchant does not want those items
 * together, whatever they cost. An approval stands while the bundle's items cost together what
 * they cost when it was priced. Once a products export changes that, the merchant approved an
 * offer the catalogue no longer has (it can be neither approved again nor made live as it is:
 * {@link ApprovalCheck}), so the bundle is proposed anew at its new price, to be reviewed again.
 */
public final class StandingReview {
    private StandingReview() {
    }

    /** Whether {@code stored}'s review stands over {@code found}, the same bundle as a new generation prices it. */
    public static boolean standsOver(BundleRecommendation stored, BundleRecommendation found) {
        return switch (stored.review().status()) {
            case PROPOSED -> false;
            case REJECTED -> true;
            case APPROVED -> stored.price().listPrice().compareTo(found.price().listPrice()) == 0;
        };
    }

    /** Whether writing {@code found} over {@code stored} takes the merchant's approval back: it is proposed anew. */
    public static boolean withdrawsApproval(BundleRecommendation stored, BundleRecommendation found) {
        return stored.review().status() == ReviewStatus.APPROVED && !standsOver(stored, found);
    }

    /** Whether a generation prices a bundle under this review anew once its items' prices change: any but a rejected one. */
    public static boolean pricedAnew(ReviewStatus status) {
        return status != ReviewStatus.REJECTED;
    }
}
