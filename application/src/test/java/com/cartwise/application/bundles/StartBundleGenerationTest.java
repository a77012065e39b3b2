package com.cartwise.application.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.bundles.generation.BundleGenerationRequest;
import com.cartwise.application.bundles.generation.GenerationThresholds;
import com.cartwise.application.bundles.generation.ThresholdChoices;
import com.cartwise.application.flags.FlagInput;
import com.cartwise.application.fakes.Flags;
import java.math.BigDecimal;
import com.cartwise.application.bundles.generation.StartBundleGeneration;
import com.cartwise.application.jobs.start.StartJob;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobState;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.shop.ShopId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StartBundleGenerationTest {

    @Test
    void aStartQueuesAGenerationOfEveryObjectiveAndTypeAsOfNowUnlessToldOtherwise() {
        InMemoryCartwise cartwise = GearShop.imported();

        Job job = Generations.start(cartwise, GearShop.ID, true);

        assertEquals(JobKind.BUNDLE_GENERATION, job.kind());
        assertEquals(JobState.QUEUED, job.state());
        BundleGenerationRequest request = (BundleGenerationRequest) job.request();
        assertEquals(EnumSet.allOf(Objective.class), request.objectives());
        assertEquals(EnumSet.allOf(BundleType.class), request.types());
        assertEquals(GenerationThresholds.DEFAULTS, request.thresholds());
        assertEquals(GearShop.NOW, request.asOf());
    }

    @Test
    void theMerchantsChoicesAreCarriedByTheJob() {
        InMemoryCartwise cartwise = GearShop.imported();
        ThresholdChoices thresholds = new ThresholdChoices(OptionalDouble.of(0.05), OptionalDouble.empty(), OptionalInt.of(2),
                OptionalInt.empty(), Optional.of(true));

        StartJob.Result result = cartwise.startBundleGeneration.execute(new StartBundleGeneration.Command(GearShop.ID,
                Set.of(Objective.CLEAR_SLOW_MOVERS), Set.of(BundleType.BOGO, BundleType.VOLUME), thresholds, false));

        BundleGenerationRequest request = (BundleGenerationRequest) assertInstanceOf(StartJob.Result.Started.class, result)
                .job().request();
        assertEquals(Set.of(Objective.CLEAR_SLOW_MOVERS), request.objectives());
        assertEquals(Set.of(BundleType.BOGO, BundleType.VOLUME), request.types());
        assertEquals(new GenerationThresholds(0.05, 0.18, 2, 3, true), request.thresholds());
        assertEquals(false, request.aiCopy());
    }

    @Test
    void aThresholdOutOfRangeIsRefusedNamingItsFieldAndNothingIsQueued() {
        InMemoryCartwise cartwise = GearShop.imported();

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> start(cartwise, new ThresholdChoices(
                OptionalDouble.of(0), OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty())));

        assertEquals("min_support", e.field());
        assertEquals("max_bundle_size", assertThrows(InvalidInputException.class, () -> start(cartwise, new ThresholdChoices(
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.of(4), OptionalInt.empty(), Optional.empty()))).field());
        assertEquals(Optional.empty(), cartwise.jobs.activeWriter(GearShop.ID));
    }

    @Test
    void thresholdsLeftOutTakeTheShopsFlagsWhichOverrideTheGlobalOnes() {
        InMemoryCartwise cartwise = GearShop.imported();
        Flags.set(cartwise, Optional.empty(), "bundles.min_support", new FlagInput.Number(new BigDecimal("0.02")));
        Flags.set(cartwise, Optional.empty(), "bundles.pareto_only", new FlagInput.Bool(true));
        Flags.set(cartwise, Optional.of(GearShop.ID), "bundles.min_support", new FlagInput.Number(new BigDecimal("0.04")));

        StartJob.Result result = start(cartwise, new ThresholdChoices(OptionalDouble.empty(), OptionalDouble.of(0.5), OptionalInt.empty(),
                OptionalInt.empty(), Optional.empty()));

        BundleGenerationRequest request = (BundleGenerationRequest) assertInstanceOf(StartJob.Result.Started.class, result)
                .job().request();
        assertEquals(new GenerationThresholds(0.04, 0.5, 3, 3, true), request.thresholds());
    }

    @Test
    void theKillSwitchRefusesAStartSayingWhy() {
        InMemoryCartwise cartwise = GearShop.imported();
        Flags.set(cartwise, Optional.empty(), "kill_switch", new FlagInput.Bool(true));

        StartJob.Result result = start(cartwise, ThresholdChoices.NONE);

        StartJob.Result.SwitchedOff off = assertInstanceOf(StartJob.Result.SwitchedOff.class, result);
        assertTrue(off.reason().contains("kill switch"), off.reason());
        assertEquals(Optional.empty(), cartwise.jobs.activeWriter(GearShop.ID));
    }

    private static StartJob.Result start(InMemoryCartwise cartwise, ThresholdChoices thresholds) {
        return cartwise.startBundleGeneration.execute(new StartBundleGeneration.Command(GearShop.ID, Set.of(), Set.of(), thresholds,
                false));
    }

    @Test
    void aShopBusyWithAnotherJobIsRefusedNamingThatJob() {
        InMemoryCartwise cartwise = GearShop.imported();
        Job first = Generations.start(cartwise, GearShop.ID, true);

        StartJob.Result second = cartwise.startBundleGeneration.execute(new StartBundleGeneration.Command(GearShop.ID,
                Set.of(), Set.of(), null, true));

        assertEquals(new StartJob.Result.ShopBusy(first), second);
    }

    @Test
    void anUnknownShopIsNotFound() {
        InMemoryCartwise cartwise = new InMemoryCartwise(GearShop.CLOCK);
        ShopId unknown = ShopId.of("no-such-shop");

        assertEquals(new StartJob.Result.ShopNotFound(unknown), cartwise.startBundleGeneration.execute(
                new StartBundleGeneration.Command(unknown, Set.of(), Set.of(), null, true)));
    }
}
