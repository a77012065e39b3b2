package com.cartwise.application.bundles;

import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.BundleRecommendations;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The recommendations store with a listener on each published wave, to see the order waves come in. */
record RecordingRecommendations(BundleRecommendations store, Consumer<List<BundleRecommendation>> published)
        implements BundleRecommendations {
    @Override
    public int publish(ShopId shop, List<BundleRecommendation> wave) {
        if (!wave.isEmpty()) {
            published.accept(wave);
        }
        return store.publish(shop, wave);
    }

    @Override
    public int retireAllBut(ShopId shop, JobId run) {
        return store.retireAllBut(shop, run);
    }

    @Override
    public boolean any(ShopId shop) {
        return store.any(shop);
    }

    @Override
    public List<BundleRecommendation> list(RecommendationQuery query) {
        return store.list(query);
    }

    @Override
    public Optional<BundleRecommendation> find(ShopId shop, BundleKey key) {
        return store.find(shop, key);
    }

    @Override
    public Optional<BundleRecommendation> review(ShopId shop, BundleKey key, Review review) {
        return store.review(shop, key, review);
    }
}
