package com.cartwise.application.bundles.generation;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.Jobs;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * The merchant presses "generate": queues a bundle generation job for the shop, as of now. One job
 * that changes a shop's data runs at a time, so a shop importing or generating already is busy.
 */
public final class StartBundleGeneration {
    private final Shops shops;
    private final Jobs jobs;
    private final Clock clock;

    public StartBundleGeneration(Shops shops, Jobs jobs, Clock clock) {
        this.shops = shops;
        this.jobs = jobs;
        this.clock = clock;
    }

    /**
     * @param objectives what to target; empty for every objective
     * @param types      which bundle types to make; empty for every type
     * @param aiCopy     whether the AI writer writes the copy (the template does where it cannot)
     */
    public record Command(ShopId shop, Set<Objective> objectives, Set<BundleType> types, GenerationThresholds thresholds,
                          boolean aiCopy) {
        public Command {
            InvalidInputException.require(shop != null, "shop_id", "is required");
            objectives = objectives == null || objectives.isEmpty() ? EnumSet.allOf(Objective.class) : EnumSet.copyOf(objectives);
            types = types == null || types.isEmpty() ? EnumSet.allOf(BundleType.class) : EnumSet.copyOf(types);
            thresholds = thresholds == null ? GenerationThresholds.DEFAULTS : thresholds;
        }
    }

    public Result execute(Command command) {
        if (shops.find(command.shop()).isEmpty()) {
            return new Result.ShopNotFound(command.shop());
        }
        BundleGenerationRequest request = new BundleGenerationRequest(command.objectives(), command.types(), command.thresholds(),
                command.aiCopy(), clock.instant());
        return switch (jobs.enqueue(Job.queued(command.shop(), JobId.random(), request, clock.instant()))) {
            case Jobs.Enqueued.Accepted accepted -> new Result.Started(accepted.job());
            case Jobs.Enqueued.ShopBusy busy -> new Result.ShopBusy(busy.running());
        };
    }

    public sealed interface Result {
        record Started(Job job) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }

        /** Another job that changes the shop's data is queued or running: it is named. */
        record ShopBusy(Job running) implements Result {
        }
    }
}
