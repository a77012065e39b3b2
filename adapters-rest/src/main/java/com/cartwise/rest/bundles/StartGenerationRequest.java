package com.cartwise.rest.bundles;

import com.cartwise.application.bundles.generation.ThresholdChoices;
import com.cartwise.application.bundles.generation.StartBundleGeneration;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.shop.ShopId;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the merchant asks of a generation; every member may be left out:
 * {"objectives": ["increase_aov"], "types": ["fbt"], "min_support": 0.01, "min_confidence": 0.2,
 * "max_bundle_size": 3, "min_orders_together": 3, "pareto_only": false, "ai_copy": true}.
 * No objectives or types means all of them; unset thresholds take the shop's defaults (its flags); AI copy is on
 * unless turned off.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
// a generation costs minutes and AI calls: a misspelt member is refused, not ignored
@JsonIgnoreProperties(ignoreUnknown = false)
public record StartGenerationRequest(@Nullable List<String> objectives, @Nullable List<String> types, @Nullable Double minSupport,
                                     @Nullable Double minConfidence, @Nullable Integer maxBundleSize, @Nullable Integer minOrdersTogether,
                                     @Nullable Boolean paretoOnly, @Nullable Boolean aiCopy) {

    static final StartGenerationRequest EMPTY = new StartGenerationRequest(null, null, null, null, null, null, null, null);

    /** @throws InvalidInputException naming the member to fix: objectives[1], min_support ... */
    StartBundleGeneration.Command toCommand(ShopId shop) {
        Set<Objective> chosenObjectives = EnumSet.noneOf(Objective.class);
        for (String name : names(objectives, "objectives")) {
            chosenObjectives.add(within("objectives", objectives, name, () -> Objective.fromWireName(name)));
        }
        Set<BundleType> chosenTypes = EnumSet.noneOf(BundleType.class);
        for (String name : names(types, "types")) {
            chosenTypes.add(within("types", types, name, () -> BundleType.fromWireName(name)));
        }
        ThresholdChoices thresholds = new ThresholdChoices(
                minSupport == null ? OptionalDouble.empty() : OptionalDouble.of(minSupport),
                minConfidence == null ? OptionalDouble.empty() : OptionalDouble.of(minConfidence),
                maxBundleSize == null ? OptionalInt.empty() : OptionalInt.of(maxBundleSize),
                minOrdersTogether == null ? OptionalInt.empty() : OptionalInt.of(minOrdersTogether), Optional.ofNullable(paretoOnly));
        return new StartBundleGeneration.Command(shop, chosenObjectives, chosenTypes, thresholds, !Boolean.FALSE.equals(aiCopy));
    }

    private static List<String> names(List<String> names, String field) {
        if (names == null) {
            return List.of();
        }
        List<String> present = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            InvalidInputException.require(names.get(i) != null, field + "[" + i + "]", "must be a name such as \"fbt\"");
            present.add(names.get(i));
        }
        return present;
    }

    /** The domain names the field ("objective"); the caller needs the element ("objectives[1]"). */
    private static <T> T within(String field, List<String> names, String name, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field + "[" + names.indexOf(name) + "]", e.problem());
        }
    }
}
