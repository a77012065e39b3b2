package com.cartwise.application.fakes;

import com.cartwise.application.analytics.ReadAcceptance;
import com.cartwise.application.analytics.ReadHoldout;
import com.cartwise.application.analytics.ReadRevenue;
import com.cartwise.application.analytics.ReadTimeSeries;
import com.cartwise.application.analytics.ReadTopBundles;
import com.cartwise.application.analytics.ReadTopPairs;
import com.cartwise.application.analytics.RecordEvents;
import com.cartwise.application.imports.ReadRefusals;
import com.cartwise.application.jobs.start.StartJob;
import com.cartwise.application.bundles.active.ActivateBundle;
import com.cartwise.application.bundles.active.DeactivateBundle;
import com.cartwise.application.bundles.active.ExportActiveBundles;
import com.cartwise.application.bundles.active.FindActiveBundle;
import com.cartwise.application.bundles.active.ListActiveBundles;
import com.cartwise.application.bundles.cart.FindBundlesForCart;
import com.cartwise.application.bundles.cart.ServingBundles;
import com.cartwise.application.bundles.generation.GenerationSettings;
import com.cartwise.application.bundles.generation.RunBundleGeneration;
import com.cartwise.application.bundles.generation.StartBundleGeneration;
import com.cartwise.application.bundles.items.BundleVariants;
import com.cartwise.application.bundles.review.FindBundleRecommendation;
import com.cartwise.application.bundles.review.ListBundleRecommendations;
import com.cartwise.application.bundles.review.ReviewBundle;
import com.cartwise.application.bundles.rules.ListAssociationRules;
import com.cartwise.application.bundles.sources.TrainedModelPairs;
import com.cartwise.application.jobs.tracking.CancelJob;
import com.cartwise.application.port.CopyBudget;
import com.cartwise.application.port.CopyWriter;
import com.cartwise.application.bundles.copy.JobCopyWriters;
import com.cartwise.application.jobs.tracking.FindJob;
import com.cartwise.application.jobs.tracking.FollowJob;
import com.cartwise.application.jobs.tracking.ListJobs;
import com.cartwise.application.recommend.DescribeModel;
import com.cartwise.application.recommend.ListModels;
import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.application.recommend.RecommendForProduct;
import com.cartwise.application.recommend.ServingModels;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.application.recommend.UpdateRecommender;
import com.cartwise.application.recommend.training.RunTraining;
import com.cartwise.application.recommend.training.StartTraining;
import com.cartwise.application.shop.CreateShop;
import com.cartwise.application.shop.FindShop;
import com.cartwise.domain.analytics.EventWeights;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.recommend.learning.RecommenderTraining;
import com.cartwise.application.bundles.generation.GenerationFlags;
import com.cartwise.application.flags.admin.ChangeFlag;
import com.cartwise.application.flags.values.FlagValues;
import com.cartwise.application.flags.admin.ListFlagChanges;
import com.cartwise.application.flags.admin.ListFlags;
import com.cartwise.application.flags.TextRule;
import com.cartwise.application.recommend.holdout.ControlArm;
import com.cartwise.application.retraining.schedule.RetrainDueShops;
import com.cartwise.application.retraining.schedule.RetrainingCron;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.time.Duration;

/** Every use case wired to in-memory fakes: the application as the adapters' tests see it. */
public final class InMemoryCartwise {
    public final Clock clock;
    public final InMemoryShops shops = new InMemoryShops();
    public final InMemoryStore store = new InMemoryStore(shops);
    public final InMemoryCatalog catalog = new InMemoryCatalog(store);
    public final InMemoryOrderHistory orderHistory = new InMemoryOrderHistory(store);
    public final InMemoryModelStore modelStore = new InMemoryModelStore();
    public final ServingModels servingModels = new ServingModels(modelStore, catalog);
    public final InMemoryJobs jobs = new InMemoryJobs();
    public final InMemoryImportStaging staging = new InMemoryImportStaging(store, jobs);

    public final CreateShop createShop = new CreateShop(shops);
    public final FindShop findShop = new FindShop(shops);
    /** Test seeders: a catalogue or orders straight into a stage and its merge, skipping the files. */
    public final SeedImports.Catalogue importCatalog =
            new SeedImports.Catalogue(new SeedImports(staging, servingModels, UploadFormat.SHOPIFY_PRODUCTS));
    public final SeedImports.Orders importOrders =
            new SeedImports.Orders(new SeedImports(staging, servingModels, UploadFormat.SHOPIFY_ORDERS));
    /** Orders as a transaction file's invoices: an item code the catalogue lacks becomes a variant, without a price. */
    public final SeedImports.Orders importTransactions =
            new SeedImports.Orders(new SeedImports(staging, servingModels, UploadFormat.TRANSACTIONS));
    public final TrainRecommender trainRecommender;
    public final UpdateRecommender updateRecommender;
    public final InMemoryFeatureFlags featureFlags = new InMemoryFeatureFlags();
    public final FlagValues flagValues = new FlagValues(featureFlags);
    public final ListFlags listFlags = new ListFlags(shops, featureFlags);
    public final ListFlagChanges listFlagChanges = new ListFlagChanges(featureFlags);
    public final ChangeFlag changeFlag;
    public final FakeCron cron = new FakeCron();
    public final RetrainingCron retrainingCron;
    public final InMemoryRetrainingSchedules retrainingSchedules = new InMemoryRetrainingSchedules(shops, modelStore);
    public final RetrainDueShops retrainDueShops;
    public final RecommendForCart recommendForCart = new RecommendForCart(shops, servingModels, flagValues);
    public final RecommendForProduct recommendForProduct = new RecommendForProduct(shops, catalog, servingModels, flagValues);
    public final ListModels listModels = new ListModels(shops, modelStore);
    public final DescribeModel describeModel = new DescribeModel(shops, modelStore);
    public final FindJob findJob = new FindJob(jobs);
    public final ListJobs listJobs = new ListJobs(shops, jobs);
    public final CancelJob cancelJob;
    public final StartJob startJob;
    public final StartTraining startTraining;
    public final RunTraining runTraining;
    public final FollowJob followJob = new FollowJob(jobs);
    public final ReadRefusals readRefusals = new ReadRefusals(jobs);

    public final InMemoryShopSales shopSales = new InMemoryShopSales(shops, store);
    public final TrainedModelPairs recommenderPairs = new TrainedModelPairs(modelStore);
    public final InMemoryBundleOutcomes bundleOutcomes = new InMemoryBundleOutcomes();
    public final InMemoryBundleRecommendations recommendations = new InMemoryBundleRecommendations();
    public final InMemoryActiveBundles activeBundles = new InMemoryActiveBundles();
    public final InMemoryAssociationRules associationRules = new InMemoryAssociationRules();
    public final BundleVariants bundleVariants = new BundleVariants(catalog);
    public final GenerationFlags generationFlags;
    public final StartBundleGeneration startBundleGeneration;
    public final ListBundleRecommendations listBundleRecommendations = new ListBundleRecommendations(shops, recommendations,
            bundleVariants);
    public final FindBundleRecommendation findBundleRecommendation = new FindBundleRecommendation(shops, recommendations,
            bundleVariants);
    public final ReviewBundle reviewBundle;
    public final ServingBundles servingBundles;
    public final ActivateBundle activateBundle;
    public final DeactivateBundle deactivateBundle;
    public final ListActiveBundles listActiveBundles = new ListActiveBundles(shops, activeBundles, bundleVariants);
    public final FindActiveBundle findActiveBundle = new FindActiveBundle(shops, activeBundles, bundleVariants);
    public final ExportActiveBundles exportActiveBundles = new ExportActiveBundles(shops, activeBundles, bundleVariants);
    public final FindBundlesForCart findBundlesForCart;
    public final ListAssociationRules listAssociationRules = new ListAssociationRules(shops, associationRules, bundleVariants);
    public final InMemoryEvents events = new InMemoryEvents(bundleOutcomes);
    public final RecordEvents recordEvents = new RecordEvents(shops, events, activeBundles, new EventWeights(1, 1));
    public final InMemoryEventFigures eventFigures = new InMemoryEventFigures(events);
    public final ReadAcceptance readAcceptance = new ReadAcceptance(shops, eventFigures);
    public final ReadRevenue readRevenue = new ReadRevenue(shops, eventFigures);
    public final ReadHoldout readHoldout = new ReadHoldout(shops, eventFigures, flagValues);
    public final ReadTopPairs readTopPairs = new ReadTopPairs(shops, eventFigures);
    public final ReadTopBundles readTopBundles = new ReadTopBundles(shops, eventFigures);
    public final ReadTimeSeries readTimeSeries = new ReadTimeSeries(shops, eventFigures);

    public InMemoryCartwise(Clock clock) {
        this.clock = clock;
        trainRecommender = new TrainRecommender(shops, orderHistory, modelStore, servingModels, RecommenderTraining.standard(), clock);
        updateRecommender = new UpdateRecommender(servingModels, modelStore, clock);
        cancelJob = new CancelJob(jobs, clock);
        startJob = new StartJob(shops, jobs, clock);
        startTraining = new StartTraining(startJob, trainRecommender);
        runTraining = new RunTraining(trainRecommender, flagValues);
        retrainingCron = new RetrainingCron(cron, "");
        changeFlag = new ChangeFlag(shops, featureFlags, flagValues, Map.of(TextRule.SCORER,
                value -> trainRecommender.requireKnownMetric(Optional.of(value).filter(name -> !name.isEmpty())),
                TextRule.CRON, retrainingCron::check, TextRule.HOLDOUT_CONTROL, ControlArm::fromWireName), clock);
        retrainDueShops = new RetrainDueShops(retrainingSchedules, retrainingCron, flagValues, startTraining, clock);
        generationFlags = new GenerationFlags(flagValues, jobs, clock);
        startBundleGeneration = new StartBundleGeneration(startJob, generationFlags, clock);
        reviewBundle = new ReviewBundle(shops, recommendations, bundleVariants, clock);
        servingBundles = new ServingBundles(activeBundles, catalog, clock, Duration.ofSeconds(10));
        activateBundle = new ActivateBundle(shops, recommendations, activeBundles, servingBundles, bundleVariants, clock);
        deactivateBundle = new DeactivateBundle(shops, activeBundles, servingBundles, bundleVariants, clock);
        findBundlesForCart = new FindBundlesForCart(shops, servingBundles);
    }

    /** The generation job's handler over these fakes, with this AI writer and these settings. */
    public RunBundleGeneration runBundleGeneration(CopyWriter aiWriter, GenerationSettings settings) {
        return new RunBundleGeneration(shopSales, recommenderPairs, bundleOutcomes, recommendations, associationRules,
                jobCopyWriters(aiWriter), settings, generationFlags, clock);
    }

    /** Each job writes with this AI writer, with an ample budget, behind a copy cache of its own. */
    public static JobCopyWriters jobCopyWriters(CopyWriter aiWriter) {
        return new JobCopyWriters(budget -> aiWriter, new InMemoryCopyCache(), new CopyBudget(10_000, 10_000_000));
    }

    /** With no AI writer (every AI call unavailable) and the default settings. */
    public RunBundleGeneration runBundleGeneration() {
        return runBundleGeneration(NO_AI_WRITER, GenerationSettings.DEFAULTS);
    }

    /** A deployment without an AI writer: every call is unavailable, so the template writes the copy. */
    public static final CopyWriter NO_AI_WRITER = brief -> {
        throw new CopyWriter.CopyUnavailableException("no AI copy writer is configured");
    };
}
