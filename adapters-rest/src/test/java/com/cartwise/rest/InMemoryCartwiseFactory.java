package com.cartwise.rest;

import com.cartwise.application.access.KeyMaker;
import com.cartwise.application.access.keys.Authenticate;
import com.cartwise.application.access.keys.IssueApiKey;
import com.cartwise.application.access.keys.ListApiKeys;
import com.cartwise.application.access.keys.RevokeApiKey;
import com.cartwise.application.access.keys.SpendRequest;
import com.cartwise.application.port.AccessMetrics;
import com.cartwise.application.bundles.active.ActivateBundle;
import com.cartwise.application.bundles.active.DeactivateBundle;
import com.cartwise.application.bundles.active.ExportActiveBundles;
import com.cartwise.application.bundles.active.FindActiveBundle;
import com.cartwise.application.bundles.active.ListActiveBundles;
import com.cartwise.application.analytics.ReadAcceptance;
import com.cartwise.application.analytics.ReadHoldout;
import com.cartwise.application.analytics.ReadRevenue;
import com.cartwise.application.analytics.ReadTimeSeries;
import com.cartwise.application.analytics.ReadTopBundles;
import com.cartwise.application.analytics.ReadTopPairs;
import com.cartwise.application.analytics.RecordEvents;
import com.cartwise.application.bundles.cart.FindBundlesForCart;
import com.cartwise.application.bundles.generation.StartBundleGeneration;
import com.cartwise.application.bundles.review.FindBundleRecommendation;
import com.cartwise.application.bundles.review.ListBundleRecommendations;
import com.cartwise.application.bundles.review.ReviewBundle;
import com.cartwise.application.bundles.rules.ListAssociationRules;
import com.cartwise.application.fakes.InMemoryApiKeys;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.fakes.TestAccess;
import com.cartwise.application.flags.admin.ChangeFlag;
import com.cartwise.application.flags.admin.ListFlagChanges;
import com.cartwise.application.flags.admin.ListFlags;
import com.cartwise.application.imports.ReadRefusals;
import com.cartwise.application.imports.RunImport;
import com.cartwise.application.imports.StartImport;
import com.cartwise.application.jobs.JobSignals;
import com.cartwise.application.jobs.start.StartJob;
import com.cartwise.application.jobs.tracking.CancelJob;
import com.cartwise.application.jobs.tracking.FindJob;
import com.cartwise.application.jobs.tracking.FollowJob;
import com.cartwise.application.jobs.tracking.ListJobs;
import com.cartwise.application.jobs.worker.JobWorker;
import com.cartwise.application.jobs.worker.WorkerSettings;
import com.cartwise.application.port.JobMetrics;
import com.cartwise.application.port.UploadStore;
import com.cartwise.application.recommend.DescribeModel;
import com.cartwise.application.recommend.ListModels;
import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.application.recommend.RecommendForProduct;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.application.recommend.training.StartTraining;
import com.cartwise.application.shop.CreateShop;
import com.cartwise.application.shop.FindShop;
import com.cartwise.formats.FileFormats;
import com.cartwise.formats.uploads.DirectoryUploadStore;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * The use cases as bootstrap wires them, but over the application's in-memory fakes and with a
 * worker thread running the jobs, so that the controllers are tested against the real use-case
 * and file-format code without a database.
 */
@Factory
public class InMemoryCartwiseFactory {
    /** The operator key these tests' requests carry ({@link Api} sends it). */
    public static final String OPERATOR_KEY = TestAccess.OPERATOR_KEY;

    /** Models trained in these tests are dated this instant. */
    public static final Instant NOW = Instant.parse("2025-01-15T09:30:00Z");

    @Singleton
    InMemoryCartwise cartwise() {
        return new InMemoryCartwise(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Singleton
    CreateShop createShop(InMemoryCartwise cartwise) {
        return cartwise.createShop;
    }

    @Singleton
    FindShop findShop(InMemoryCartwise cartwise) {
        return cartwise.findShop;
    }

    @Singleton
    RecordEvents recordEvents(InMemoryCartwise cartwise) {
        return cartwise.recordEvents;
    }

    @Singleton
    ReadAcceptance readAcceptance(InMemoryCartwise cartwise) {
        return cartwise.readAcceptance;
    }

    @Singleton
    ReadRevenue readRevenue(InMemoryCartwise cartwise) {
        return cartwise.readRevenue;
    }

    @Singleton
    ReadHoldout readHoldout(InMemoryCartwise cartwise) {
        return cartwise.readHoldout;
    }

    @Singleton
    ReadTopPairs readTopPairs(InMemoryCartwise cartwise) {
        return cartwise.readTopPairs;
    }

    @Singleton
    ReadTopBundles readTopBundles(InMemoryCartwise cartwise) {
        return cartwise.readTopBundles;
    }

    @Singleton
    ReadTimeSeries readTimeSeries(InMemoryCartwise cartwise) {
        return cartwise.readTimeSeries;
    }

    @Singleton
    UploadStore uploadStore() {
        try {
            java.nio.file.Path directory = Files.createTempDirectory("cartwise-test-uploads");
            // Every finished job deletes its upload, so the directory is empty when the tests end: one test context each, none left.
            directory.toFile().deleteOnExit();
            return new DirectoryUploadStore(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jobs are dated by the real clock, so that the ones a test starts list newest first. */
    @Singleton
    StartJob startJob(InMemoryCartwise cartwise) {
        return new StartJob(cartwise.shops, cartwise.jobs, Clock.systemUTC());
    }

    @Singleton
    StartImport startImport(StartJob startJob, UploadStore uploads) {
        return new StartImport(startJob, uploads);
    }

    @Singleton
    StartTraining startTraining(StartJob startJob, InMemoryCartwise cartwise) {
        return new StartTraining(startJob, cartwise.trainRecommender);
    }

    @Singleton
    JobSignals jobSignals() {
        return new JobSignals();
    }

    @Singleton
    FindJob findJob(InMemoryCartwise cartwise) {
        return cartwise.findJob;
    }

    @Singleton
    ListJobs listJobs(InMemoryCartwise cartwise) {
        return cartwise.listJobs;
    }

    @Singleton
    CancelJob cancelJob(InMemoryCartwise cartwise) {
        return cartwise.cancelJob;
    }

    @Singleton
    FollowJob followJob(InMemoryCartwise cartwise) {
        return cartwise.followJob;
    }

    @Singleton
    ReadRefusals readRefusals(InMemoryCartwise cartwise) {
        return cartwise.readRefusals;
    }

    @Singleton
    TrainRecommender trainRecommender(InMemoryCartwise cartwise) {
        return cartwise.trainRecommender;
    }

    @Singleton
    ListModels listModels(InMemoryCartwise cartwise) {
        return cartwise.listModels;
    }

    @Singleton
    DescribeModel describeModel(InMemoryCartwise cartwise) {
        return cartwise.describeModel;
    }

    @Singleton
    RecommendForCart recommendForCart(InMemoryCartwise cartwise) {
        return cartwise.recommendForCart;
    }

    @Singleton
    RecommendForProduct recommendForProduct(InMemoryCartwise cartwise) {
        return cartwise.recommendForProduct;
    }

    @Singleton
    Clock clock(InMemoryCartwise cartwise) {
        return cartwise.clock;
    }

    @Singleton
    StartBundleGeneration startBundleGeneration(InMemoryCartwise cartwise) {
        return cartwise.startBundleGeneration;
    }

    @Singleton
    ListBundleRecommendations listBundleRecommendations(InMemoryCartwise cartwise) {
        return cartwise.listBundleRecommendations;
    }

    @Singleton
    FindBundleRecommendation findBundleRecommendation(InMemoryCartwise cartwise) {
        return cartwise.findBundleRecommendation;
    }

    @Singleton
    ReviewBundle reviewBundle(InMemoryCartwise cartwise) {
        return cartwise.reviewBundle;
    }

    @Singleton
    ActivateBundle activateBundle(InMemoryCartwise cartwise) {
        return cartwise.activateBundle;
    }

    @Singleton
    DeactivateBundle deactivateBundle(InMemoryCartwise cartwise) {
        return cartwise.deactivateBundle;
    }

    @Singleton
    ListActiveBundles listActiveBundles(InMemoryCartwise cartwise) {
        return cartwise.listActiveBundles;
    }

    @Singleton
    FindActiveBundle findActiveBundle(InMemoryCartwise cartwise) {
        return cartwise.findActiveBundle;
    }

    @Singleton
    ExportActiveBundles exportActiveBundles(InMemoryCartwise cartwise) {
        return cartwise.exportActiveBundles;
    }

    @Singleton
    FindBundlesForCart findBundlesForCart(InMemoryCartwise cartwise) {
        return cartwise.findBundlesForCart;
    }

    @Singleton
    ListAssociationRules listAssociationRules(InMemoryCartwise cartwise) {
        return cartwise.listAssociationRules;
    }

    @Singleton
    InMemoryApiKeys apiKeys() {
        return new InMemoryApiKeys();
    }

    @Singleton
    SpendRequest spendRequest() {
        return TestAccess.unlimitedBudgets();
    }

    @Singleton
    AccessMetrics accessMetrics() {
        return AccessMetrics.NONE;
    }

    @Singleton
    Authenticate authenticate(InMemoryApiKeys keys) {
        return TestAccess.authenticate(keys);
    }

    @Singleton
    IssueApiKey issueApiKey(InMemoryCartwise cartwise, InMemoryApiKeys keys) {
        return new IssueApiKey(cartwise.shops, keys, new KeyMaker(), Clock.systemUTC());
    }

    @Singleton
    ListApiKeys listApiKeys(InMemoryCartwise cartwise, InMemoryApiKeys keys) {
        return new ListApiKeys(cartwise.shops, keys);
    }

    @Singleton
    RevokeApiKey revokeApiKey(InMemoryApiKeys keys, Authenticate authenticate) {
        return new RevokeApiKey(keys, authenticate, Clock.systemUTC());
    }

    @Singleton
    ListFlags listFlags(InMemoryCartwise cartwise) {
        return cartwise.listFlags;
    }

    @Singleton
    ChangeFlag changeFlag(InMemoryCartwise cartwise) {
        return cartwise.changeFlag;
    }

    @Singleton
    ListFlagChanges listFlagChanges(InMemoryCartwise cartwise) {
        return cartwise.listFlagChanges;
    }

    @Singleton
    @Bean(preDestroy = "close")
    TestWorker testWorker(InMemoryCartwise cartwise, UploadStore uploads, JobSignals signals) {
        RunImport runImport = new RunImport(new FileFormats(), uploads, cartwise.staging, cartwise.orderHistory,
                cartwise.updateRecommender, cartwise.servingModels);
        JobWorker worker = new JobWorker(cartwise.jobs, List.of(runImport, cartwise.runTraining, cartwise.runBundleGeneration()),
                new WorkerSettings("test-worker", Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofMillis(50)),
                Executors.newSingleThreadScheduledExecutor(), Clock.systemUTC(), JobMetrics.NONE, signals);
        return new TestWorker(worker);
    }
}
