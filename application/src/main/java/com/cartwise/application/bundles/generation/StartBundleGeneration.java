package com.cartwise.application.bundles.generation;

import com.cartwise.application.jobs.start.StartJob;
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
    private final StartJob startJob;
    private final GenerationFlags flags;
    private final Clock clock;

    public StartBundleGeneration(StartJob startJob, GenerationFlags flags, Clock clock) {
        this.startJob = startJob;
        this.flags = flags;
        this.clock = clock;
    }

    /**
     * @param objectives what to target; empty for every objective
     * @param types      which bundle types to make; empty for every type
     * @param thresholds the thresholds the merchant gave; the others are the shop's defaults
     * @param aiCopy     whether the AI writer writes the copy (the template does where it cannot)
     */
    public record Command(ShopId shop, Set<Objective> objectives, Set<BundleType> types, ThresholdChoices thresholds,
                          boolean aiCopy) {
        public Command {
            InvalidInputException.require(shop != null, "shop_id", "is required");
            objectives = objectives == null || objectives.isEmpty() ? EnumSet.allOf(Objective.class) : EnumSet.copyOf(objectives);
            types = types == null || types.isEmpty() ? EnumSet.allOf(BundleType.class) : EnumSet.copyOf(types);
            thresholds = thresholds == null ? ThresholdChoices.NONE : thresholds;
        }
    }

    /** @throws com.cartwise.domain.InvalidInputException naming a threshold out of range, before anything is queued */
    public StartJob.Result execute(Command command) {
        GenerationThresholds thresholds = command.thresholds().over(flags.thresholds(command.shop()));
        if (flags.switchedOff(command.shop())) {
            return new StartJob.Result.SwitchedOff(command.shop(), String.format(GenerationFlags.SWITCHED_OFF, command.shop()));
        }
        return startJob.execute(command.shop(), new BundleGenerationRequest(command.objectives(), command.types(), thresholds,
                command.aiCopy(), clock.instant()));
    }
}
