package com.cartwise.application.fakes;

import com.cartwise.application.bundles.BundleRecommendation;
import com.cartwise.application.bundles.RecommendationQuery;
import com.cartwise.application.bundles.Review;
import com.cartwise.application.bundles.review.StandingReview;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.BundleRecommendations;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.bundles.CandidateSource;
import com.cartwise.domain.shop.ShopId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link BundleRecommendations} in memory: one recommendation per shop and bundle key, as PostgreSQL's primary key makes it. */
public final class InMemoryBundleRecommendations implements BundleRecommendations {
    private static final Comparator<BundleRecommendation> BY_RANK = Comparator.comparingInt(BundleRecommendation::rank)
            .thenComparing(r -> r.key().value());

    private final Map<ShopId, Map<BundleKey, BundleRecommendation>> shops = new HashMap<>();

    @Override
    public synchronized int publish(ShopId shop, List<BundleRecommendation> wave) {
        Map<BundleKey, BundleRecommendation> stored = of(shop);
        int approvalsProposedAnew = 0;
        for (BundleRecommendation recommendation : wave) {
            BundleRecommendation old = stored.get(recommendation.key());
            if (old == null || !StandingReview.standsOver(old, recommendation)) {
                stored.put(recommendation.key(), recommendation.withReview(Review.PROPOSED));
                approvalsProposedAnew += old != null && StandingReview.withdrawsApproval(old, recommendation) ? 1 : 0;
            }
        }
        return approvalsProposedAnew;
    }

    @Override
    public synchronized int retireAllBut(ShopId shop, JobId run) {
        Map<BundleKey, BundleRecommendation> stored = of(shop);
        int before = stored.size();
        stored.values().removeIf(r -> !r.review().reviewed()
                && (!r.run().equals(run) || r.candidate().sources().contains(CandidateSource.QUICK_START)));
        return before - stored.size();
    }

    @Override
    public synchronized boolean any(ShopId shop) {
        return !of(shop).isEmpty();
    }

    @Override
    public synchronized List<BundleRecommendation> list(RecommendationQuery q) {
        return of(q.shop()).values().stream()
                .filter(r -> q.objective().isEmpty() || r.candidate().objective() == q.objective().get())
                .filter(r -> q.type().isEmpty() || r.candidate().type() == q.type().get())
                .filter(r -> q.status().isEmpty() || r.review().status() == q.status().get())
                .filter(r -> q.wave().isEmpty() || r.wave() == q.wave().getAsInt())
                .filter(r -> q.run().isEmpty() || r.run().equals(q.run().get()))
                .filter(r -> q.after().isEmpty() || r.rank() > q.after().get().rank()
                        || r.rank() == q.after().get().rank() && r.key().value().compareTo(q.after().get().key().value()) > 0)
                .sorted(BY_RANK).limit(q.limit()).toList();
    }

    @Override
    public synchronized Optional<BundleRecommendation> find(ShopId shop, BundleKey key) {
        return Optional.ofNullable(of(shop).get(key));
    }

    @Override
    public synchronized Optional<BundleRecommendation> review(ShopId shop, BundleKey key, Review review) {
        return Optional.ofNullable(of(shop).computeIfPresent(key, (k, r) -> r.withReview(review)));
    }

    private Map<BundleKey, BundleRecommendation> of(ShopId shop) {
        return shops.computeIfAbsent(shop, s -> new LinkedHashMap<>());
    }
}
