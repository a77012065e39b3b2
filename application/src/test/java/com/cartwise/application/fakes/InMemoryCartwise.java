package com.cartwise.application.fakes;

import com.cartwise.application.imports.ReadRefusals;
import com.cartwise.application.jobs.start.StartJob;
import com.cartwise.application.jobs.tracking.CancelJob;
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
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.recommend.learning.RecommenderTraining;
import java.time.Clock;

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
    public final TrainRecommender trainRecommender;
    public final UpdateRecommender updateRecommender;
    public final RecommendForCart recommendForCart = new RecommendForCart(shops, servingModels);
    public final RecommendForProduct recommendForProduct = new RecommendForProduct(shops, catalog, servingModels);
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

    public InMemoryCartwise(Clock clock) {
        this.clock = clock;
        trainRecommender = new TrainRecommender(shops, orderHistory, modelStore, servingModels, RecommenderTraining.standard(), clock);
        updateRecommender = new UpdateRecommender(servingModels, modelStore, clock);
        cancelJob = new CancelJob(jobs, clock);
        startJob = new StartJob(shops, jobs, clock);
        startTraining = new StartTraining(startJob, trainRecommender);
        runTraining = new RunTraining(trainRecommender);
    }
}
