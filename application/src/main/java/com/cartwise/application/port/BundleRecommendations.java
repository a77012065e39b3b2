package com.cartwise.application.port;

import com.cartwise.application.bundles.BundleRecommendation;
import com.cartwise.application.bundles.RecommendationQuery;
import com.cartwise.application.bundles.Review;
import com.cartwise.application.jobs.JobId;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Optional;

/** The bundles generations proposed to each shop, one per bundle key, as the merchant reviews them. */
public interface BundleRecommendations {

    /**
     * Makes a wave of bundles visible. A bundle whose key the shop has already is replaced by the
     * new one, as proposed, unless the merchant's review of it stands ({@code StandingReview}): a
     * rejection, or an approval at the same list price, is left as it was reviewed. A review recorded
     * while the wave is written applies to what the wave wrote, never lost under it.
     *
     * @return how many bundles the merchant had approved were proposed anew (their items' prices changed)
     */
    int publish(ShopId shop, List<BundleRecommendation> wave);

    /**
     * Removes the proposals (unreviewed recommendations) that {@code run}'s full pipeline did not
     * write: those of earlier runs and those of its own quick start (source {@code quick_start}),
     * so a finished generation replaces everything proposed before it. Reviewed ones stay.
     *
     * @return how many were removed
     */
    int retireAllBut(ShopId shop, JobId run);

    /** Whether the shop has any recommendation at all, reviewed or not: a first generation starts with a quick start. */
    boolean any(ShopId shop);

    List<BundleRecommendation> list(RecommendationQuery query);

    Optional<BundleRecommendation> find(ShopId shop, BundleKey key);

    /** Records the merchant's review; empty when the shop has no such recommendation. */
    Optional<BundleRecommendation> review(ShopId shop, BundleKey key, Review review);
}
