package com.cartwise.application.bundles.generation;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The thresholds a merchant gave for one generation; each one left out takes the shop's default
 * (its flag, {@link GenerationFlags#thresholds}) when the generation starts.
 */
public record ThresholdChoices(OptionalDouble minSupport, OptionalDouble minConfidence, OptionalInt maxBundleSize,
                               OptionalInt minOrdersTogether, Optional<Boolean> paretoOnly) {
    public static final ThresholdChoices NONE = new ThresholdChoices(OptionalDouble.empty(), OptionalDouble.empty(),
            OptionalInt.empty(), OptionalInt.empty(), Optional.empty());

    public ThresholdChoices {
        if (minSupport == null || minConfidence == null || maxBundleSize == null || minOrdersTogether == null || paretoOnly == null) {
            throw new IllegalArgumentException("a choice left out is empty, never null");
        }
    }

    /** @throws com.cartwise.domain.InvalidInputException naming the field of a value out of range */
    GenerationThresholds over(GenerationThresholds defaults) {
        return new GenerationThresholds(minSupport.orElse(defaults.minSupport()), minConfidence.orElse(defaults.minConfidence()),
                maxBundleSize.orElse(defaults.maxBundleSize()), minOrdersTogether.orElse(defaults.minOrdersTogether()),
                paretoOnly.orElse(defaults.paretoOnly()));
    }
}
