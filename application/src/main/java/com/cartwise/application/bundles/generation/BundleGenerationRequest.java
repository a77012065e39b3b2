package com.cartwise.application.bundles.generation;

import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobRequest;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Objective;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A bundle generation as its job carries it: what it targets, its thresholds, whether an AI
 * writes the copy, and the instant it generates as of. The as-of instant is fixed at the start
 * (never "now" when a worker runs it), so a run resumed after a crash computes the same bundles.
 */
public record BundleGenerationRequest(Set<Objective> objectives, Set<BundleType> types, GenerationThresholds thresholds,
                                      boolean aiCopy, Instant asOf) implements JobRequest {
    public BundleGenerationRequest {
        InvalidInputException.require(objectives != null && !objectives.isEmpty(), "objectives", "a generation targets at least one objective");
        InvalidInputException.require(types != null && !types.isEmpty(), "types", "a generation makes at least one bundle type");
        InvalidInputException.require(thresholds != null, "thresholds", "are required");
        InvalidInputException.require(asOf != null, "as_of", "is required");
        objectives = Set.copyOf(EnumSet.copyOf(objectives));
        types = Set.copyOf(EnumSet.copyOf(types));
    }

    @Override
    public JobKind kind() {
        return JobKind.BUNDLE_GENERATION;
    }

    /** In declaration order, for messages and documents that must not depend on a set's order. */
    public List<Objective> objectivesInOrder() {
        return EnumSet.copyOf(objectives).stream().toList();
    }

    public List<BundleType> typesInOrder() {
        return EnumSet.copyOf(types).stream().toList();
    }
}
