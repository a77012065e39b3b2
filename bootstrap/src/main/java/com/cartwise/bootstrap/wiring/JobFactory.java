package com.cartwise.bootstrap.wiring;

import com.cartwise.application.flags.values.FlagValues;
import com.cartwise.application.imports.ModelRefresh;
import com.cartwise.application.imports.ReadRefusals;
import com.cartwise.application.imports.RunImport;
import com.cartwise.application.imports.StartImport;
import com.cartwise.application.jobs.JobHandler;
import com.cartwise.application.jobs.JobSignals;
import com.cartwise.application.jobs.start.AnnouncedJobs;
import com.cartwise.application.jobs.start.StartJob;
import com.cartwise.application.jobs.tracking.CancelJob;
import com.cartwise.application.jobs.tracking.FindJob;
import com.cartwise.application.jobs.tracking.FollowJob;
import com.cartwise.application.jobs.tracking.ListJobs;
import com.cartwise.application.jobs.worker.JobWorker;
import com.cartwise.application.jobs.worker.WorkerSettings;
import com.cartwise.application.port.ImportStaging;
import com.cartwise.application.port.JobMetrics;
import com.cartwise.application.port.JobQueue;
import com.cartwise.application.port.Jobs;
import com.cartwise.application.port.OrderHistory;
import com.cartwise.application.port.Shops;
import com.cartwise.application.port.UploadFormats;
import com.cartwise.application.port.UploadStore;
import com.cartwise.application.recommend.ServingModels;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.application.recommend.UpdateRecommender;
import com.cartwise.application.recommend.training.RunTraining;
import com.cartwise.application.recommend.training.StartTraining;
import com.cartwise.formats.FileFormats;
import com.cartwise.formats.uploads.DirectoryUploadStore;
import com.cartwise.persistence.jobs.JdbcJobs;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/** Wires imports and the job system: the use cases, the handlers, and the worker that runs jobs. */
@Factory
final class JobFactory {

    @Singleton
    UploadFormats uploadFormats() {
        return new FileFormats();
    }

    @Singleton
    UploadStore uploadStore(@Value("${cartwise.imports.upload-directory}") String directory) {
        return new DirectoryUploadStore(Path.of(directory));
    }

    @Singleton
    StartJob startJob(Shops shops, Jobs jobs, Clock clock) {
        return new StartJob(shops, jobs, clock);
    }

    @Singleton
    StartImport startImport(StartJob startJob, UploadStore uploads) {
        return new StartImport(startJob, uploads);
    }

    @Singleton
    StartTraining startTraining(StartJob startJob, TrainRecommender trainRecommender) {
        return new StartTraining(startJob, trainRecommender);
    }

    @Singleton
    RunTraining runTraining(TrainRecommender trainRecommender, FlagValues flags) {
        return new RunTraining(trainRecommender, flags);
    }

    @Singleton
    RunImport runImport(UploadFormats formats, UploadStore uploads, ImportStaging staging, OrderHistory orderHistory,
                        UpdateRecommender updateRecommender, ServingModels servingModels) {
        return new RunImport(formats, uploads, staging, orderHistory, updateRecommender, servingModels);
    }

    /** Brings orders that a Shopify sync or webhook merged into the served model, as an import's are. */
    @Singleton
    ModelRefresh modelRefresh(OrderHistory orderHistory, UpdateRecommender updateRecommender, ServingModels servingModels) {
        return new ModelRefresh(orderHistory, updateRecommender, servingModels);
    }

    @Singleton
    ReadRefusals readRefusals(Jobs jobs) {
        return new ReadRefusals(jobs);
    }

    @Singleton
    FindJob findJob(Jobs jobs) {
        return new FindJob(jobs);
    }

    @Singleton
    ListJobs listJobs(Shops shops, Jobs jobs) {
        return new ListJobs(shops, jobs);
    }

    @Singleton
    CancelJob cancelJob(Jobs jobs, Clock clock) {
        return new CancelJob(jobs, clock);
    }

    @Singleton
    FollowJob followJob(Jobs jobs) {
        return new FollowJob(jobs);
    }

    @Singleton
    WorkerSettings workerSettings(@Value("${cartwise.jobs.lease}") Duration lease,
                                  @Value("${cartwise.jobs.heartbeat}") Duration heartbeat,
                                  @Value("${cartwise.jobs.report-interval}") Duration reportInterval) {
        return new WorkerSettings(instanceName(), lease, heartbeat, reportInterval);
    }

    @Singleton
    @Named("job-heartbeats")
    @Bean(preDestroy = "shutdownNow")
    ScheduledExecutorService heartbeats() {
        // the pool itself rather than Executors' single-thread wrapper, which hides it from Micrometer's executor
        // meters (they logged "Cannot unwrap ThreadPoolExecutor" at every start and measured nothing)
        return new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().name("cartwise-job-heartbeat").daemon().factory());
    }

    @Singleton
    JobSignals jobSignals() {
        return new JobSignals();
    }

    /** The jobs every use case sees: the stored ones, each queued one announced to this instance's idle workers. */
    @Singleton
    @Primary
    Jobs announcedJobs(JdbcJobs stored, JobSignals signals) {
        return new AnnouncedJobs(stored, signals);
    }

    @Singleton
    JobWorker jobWorker(JobQueue queue, List<JobHandler> handlers, WorkerSettings settings,
                        @Named("job-heartbeats") ScheduledExecutorService heartbeats, Clock clock, JobMetrics metrics,
                        JobSignals signals) {
        return new JobWorker(queue, handlers, settings, heartbeats, clock, metrics, signals);
    }

    /** Host, process and a random part: unique per running instance, and telling an operator where a job ran. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID().toString().substring(0, 8);
    }
}
