package com.cartwise.application.jobs.start;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobRequest;
import com.cartwise.application.port.Jobs;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.util.Optional;

/**
 * Queues a job for a shop: refused for a shop Cartwise does not know, and, for a job that writes
 * the shop's data, while another such job of the shop is queued or running (the database decides
 * the race between two replicas; the answer names the job that won).
 */
public final class StartJob {
    private static final System.Logger LOG = System.getLogger(StartJob.class.getName());

    private final Shops shops;
    private final Jobs jobs;
    private final Clock clock;

    public StartJob(Shops shops, Jobs jobs, Clock clock) {
        this.shops = shops;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** What would refuse a start now, before anything costly (an upload) is done for it; empty when it may go ahead. */
    public Optional<Result> precheck(ShopId shop) {
        if (shops.find(shop).isEmpty()) {
            return Optional.of(new Result.ShopNotFound(shop));
        }
        return jobs.activeWriter(shop).map(Result.ShopBusy::new);
    }

    public Result execute(ShopId shop, JobRequest request) {
        return precheck(shop).orElseGet(() -> switch (jobs.enqueue(Job.queued(shop, JobId.random(), request, clock.instant()))) {
            case Jobs.Enqueued.Accepted accepted -> {
                // Logged in the starting request's context, so this line ties its request id to the job id.
                LOG.log(System.Logger.Level.INFO, "queued job {0} ({1}) of shop {2}", accepted.job().id(),
                        accepted.job().kind().wireName(), shop);
                yield new Result.Started(accepted.job());
            }
            case Jobs.Enqueued.ShopBusy busy -> new Result.ShopBusy(busy.running());
        });
    }

    public sealed interface Result {
        record Started(Job job) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }

        /** Another job that writes the shop's data is queued or running. */
        record ShopBusy(Job running) implements Result {
        }

        /** The operator switched this kind of job off (the kill switch), for the shop or everywhere. */
        record SwitchedOff(ShopId shop, String reason) implements Result {
        }
    }
}
