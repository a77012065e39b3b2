package com.cartwise.bootstrap.wiring;

import com.cartwise.application.bundles.active.ActivateBundle;
import com.cartwise.application.bundles.active.DeactivateBundle;
import com.cartwise.application.bundles.active.ExportActiveBundles;
import com.cartwise.application.bundles.active.FindActiveBundle;
import com.cartwise.application.bundles.active.ListActiveBundles;
import com.cartwise.application.bundles.cart.FindBundlesForCart;
import com.cartwise.application.bundles.cart.ServingBundles;
import com.cartwise.application.bundles.copy.JobCopyWriters;
import com.cartwise.application.jobs.start.StartJob;
import com.cartwise.application.bundles.generation.GenerationFlags;
import com.cartwise.application.bundles.generation.GenerationSettings;
import com.cartwise.application.bundles.generation.RunBundleGeneration;
import com.cartwise.application.bundles.generation.StartBundleGeneration;
import com.cartwise.application.bundles.items.BundleVariants;
import com.cartwise.application.bundles.review.FindBundleRecommendation;
import com.cartwise.application.bundles.review.ListBundleRecommendations;
import com.cartwise.application.bundles.review.ReviewBundle;
import com.cartwise.application.bundles.rules.ListAssociationRules;
import com.cartwise.application.bundles.sources.TrainedModelPairs;
import com.cartwise.application.port.ActiveBundles;
import com.cartwise.application.port.AssociationRules;
import com.cartwise.application.port.BundleOutcomes;
import com.cartwise.application.port.BundleRecommendations;
import com.cartwise.application.port.Catalog;
import com.cartwise.application.port.Jobs;
import com.cartwise.application.port.ModelStore;
import com.cartwise.application.port.RecommenderPairs;
import com.cartwise.application.port.ShopSales;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.bundles.ranking.ObjectiveWeighting;
import com.cartwise.domain.bundles.ranking.RankingSettings;
import com.cartwise.domain.bundles.ranking.RankingWeights;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * Wires bundle generation, review, activation, export, the till's bundles and the rules API to the
 * adapters, with the operator's settings ({@code cartwise.bundles.*}).
 */
@Factory
final class BundleFactory {
    static final String WEIGHTS = "cartwise.bundles.ranking.weights.";

    /** The recommender's top pairs, read from its stored model: re-point here when the recommender's model changes. */
    @Singleton
    RecommenderPairs recommenderPairs(ModelStore models) {
        return new TrainedModelPairs(models);
    }

    @Singleton
    GenerationSettings generationSettings(@Value("${cartwise.bundles.copy.concurrency}") int copyConcurrency,
                                          @Value("${cartwise.bundles.publishing.wave-interval}") Duration waveInterval,
                                          @Nullable @Property(name = WEIGHTS + "confidence") Double confidence,
                                          @Nullable @Property(name = WEIGHTS + "co-visitation") Double coVisitation,
                                          @Nullable @Property(name = WEIGHTS + "lift") Double lift,
                                          @Nullable @Property(name = WEIGHTS + "inventory") Double inventory,
                                          @Nullable @Property(name = WEIGHTS + "price-sanity") Double priceSanity) {
        GenerationSettings d = GenerationSettings.DEFAULTS;
        return new GenerationSettings(copyConcurrency, waveInterval, d.waves(),
                ranking(d.ranking(), confidence, coVisitation, lift, inventory, priceSanity), d.recommenderPairsPerVariant());
    }

    /** The domain's weights, or the operator's when any is set (each unset one keeps its default; they must still sum to 1). */
    static RankingSettings ranking(RankingSettings base, Double confidence, Double coVisitation, Double lift, Double inventory,
                                   Double priceSanity) {
        if (confidence == null && coVisitation == null && lift == null && inventory == null && priceSanity == null) {
            return base;
        }
        RankingWeights d = base.weighting().base();
        RankingWeights weights = new RankingWeights(or(confidence, d.confidence()), or(coVisitation, d.coVisitation()), or(lift, d.lift()),
                or(inventory, d.inventory()), or(priceSanity, d.priceSanity()));
        return new RankingSettings(new ObjectiveWeighting(weights, base.weighting().emphases()), base.scales(), base.paretoOnly(),
                base.maxPerObjective());
    }

    private static double or(Double value, double otherwise) {
        return value == null ? otherwise : value;
    }

    @Singleton
    RunBundleGeneration runBundleGeneration(ShopSales sales, RecommenderPairs pairs, BundleOutcomes outcomes,
                                            BundleRecommendations recommendations, AssociationRules rules, JobCopyWriters copyWriters,
                                            GenerationSettings settings, GenerationFlags flags, Clock clock) {
        return new RunBundleGeneration(sales, pairs, outcomes, recommendations, rules, copyWriters, settings, flags, clock);
    }

    @Singleton
    StartBundleGeneration startBundleGeneration(StartJob startJob, GenerationFlags flags, Clock clock) {
        return new StartBundleGeneration(startJob, flags, clock);
    }

    @Singleton
    BundleVariants bundleVariants(Catalog catalog) {
        return new BundleVariants(catalog);
    }

    @Singleton
    ListBundleRecommendations listBundleRecommendations(Shops shops, BundleRecommendations recommendations, BundleVariants variants) {
        return new ListBundleRecommendations(shops, recommendations, variants);
    }

    @Singleton
    FindBundleRecommendation findBundleRecommendation(Shops shops, BundleRecommendations recommendations, BundleVariants variants) {
        return new FindBundleRecommendation(shops, recommendations, variants);
    }

    @Singleton
    ReviewBundle reviewBundle(Shops shops, BundleRecommendations recommendations, BundleVariants variants, Clock clock) {
        return new ReviewBundle(shops, recommendations, variants, clock);
    }

    @Singleton
    ServingBundles servingBundles(ActiveBundles activeBundles, Catalog catalog, Clock clock,
                                  @Value("${cartwise.bundles.serving.refresh}") Duration refresh) {
        return new ServingBundles(activeBundles, catalog, clock, refresh);
    }

    @Singleton
    ActivateBundle activateBundle(Shops shops, BundleRecommendations recommendations, ActiveBundles activeBundles, ServingBundles serving,
                                  BundleVariants variants, Clock clock) {
        return new ActivateBundle(shops, recommendations, activeBundles, serving, variants, clock);
    }

    @Singleton
    DeactivateBundle deactivateBundle(Shops shops, ActiveBundles activeBundles, ServingBundles serving, BundleVariants variants,
                                      Clock clock) {
        return new DeactivateBundle(shops, activeBundles, serving, variants, clock);
    }

    @Singleton
    ListActiveBundles listActiveBundles(Shops shops, ActiveBundles activeBundles, BundleVariants variants) {
        return new ListActiveBundles(shops, activeBundles, variants);
    }

    @Singleton
    FindActiveBundle findActiveBundle(Shops shops, ActiveBundles activeBundles, BundleVariants variants) {
        return new FindActiveBundle(shops, activeBundles, variants);
    }

    @Singleton
    ExportActiveBundles exportActiveBundles(Shops shops, ActiveBundles activeBundles, BundleVariants variants) {
        return new ExportActiveBundles(shops, activeBundles, variants);
    }

    @Singleton
    FindBundlesForCart findBundlesForCart(Shops shops, ServingBundles serving) {
        return new FindBundlesForCart(shops, serving);
    }

    @Singleton
    ListAssociationRules listAssociationRules(Shops shops, AssociationRules rules, BundleVariants variants) {
        return new ListAssociationRules(shops, rules, variants);
    }
}
