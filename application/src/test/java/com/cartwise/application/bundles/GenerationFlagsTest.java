package com.cartwise.application.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.bundles.generation.BundleGenerationReport;
import com.cartwise.application.bundles.generation.GenerationSettings;
import com.cartwise.application.bundles.generation.RunBundleGeneration;
import com.cartwise.application.fakes.Flags;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.flags.FlagInput;
import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobEvent;
import com.cartwise.application.jobs.JobState;
import com.cartwise.domain.bundles.publishing.PublishingWaves;
import com.cartwise.domain.shop.ShopId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The operator's flags as a generation obeys them: phases skipped, AI copy off, the kill switch. */
class GenerationFlagsTest {
    private static final ShopId SHOP = GearShop.ID;

    @Test
    void withTheQuickStartSwitchedOffAFirstGenerationPublishesOnlyThePipelinesBundles() {
        InMemoryCartwise cartwise = GearShop.imported();
        Flags.set(cartwise, Optional.of(SHOP), "bundles.quick_start", new FlagInput.Bool(false));

        Job job = Generations.generate(cartwise, SHOP);

        assertEquals(JobState.SUCCEEDED, job.state(), job.progress().message());
        BundleGenerationReport report = (BundleGenerationReport) job.report().orElseThrow();
        assertEquals(0, report.quickStartBundles());
        assertTrue(Generations.events(cartwise, job).stream().noneMatch(e -> e.progress().phase().equals("quick_start")));
        assertEquals(DomainPipeline.run(cartwise, SHOP, GearShop.NOW).keys(),
                Generations.all(cartwise, SHOP).stream().map(r -> r.key()).toList());
    }

    @Test
    void aiCopySwitchedOffMakesTheTemplateWriteEveryCopyThoughTheMerchantAskedForAi() {
        InMemoryCartwise cartwise = GearShop.imported();
        Flags.set(cartwise, Optional.empty(), "bundles.ai_copy", new FlagInput.Bool(false));
        CopyWriters.Counting ai = new CopyWriters.Counting(brief -> false, 0);
        RunBundleGeneration handler = cartwise.runBundleGeneration(ai, GenerationSettings.DEFAULTS);

        Job job = Generations.run(cartwise, handler, Generations.start(cartwise, SHOP, true));

        BundleGenerationReport report = (BundleGenerationReport) job.report().orElseThrow();
        assertEquals(0, ai.calls());
        assertEquals(0, report.aiCopies());
        assertTrue(report.templateCopies() > 0);
    }

    @Test
    void theKillSwitchCancelsARunningGenerationThroughTheJobSystem() {
        InMemoryCartwise cartwise = GearShop.imported();
        Job started = Generations.start(cartwise, SHOP, true);
        CopyWriters.Counting ai = new CopyWriters.Counting(brief -> false, 0);
        ai.onCall(() -> {
            if (ai.calls() == 2) {
                Flags.set(cartwise, Optional.of(SHOP), "kill_switch", new FlagInput.Bool(true));
            }
        });
        RunBundleGeneration handler = cartwise.runBundleGeneration(ai, new GenerationSettings(1, Duration.ZERO, PublishingWaves.DEFAULT,
                GenerationSettings.DEFAULTS.ranking(), GenerationSettings.DEFAULTS.recommenderPairsPerVariant()));

        Job job = Generations.run(cartwise, handler, started);

        assertEquals(JobState.CANCELLED, job.state(), job.progress().message());
        assertTrue(job.cancelRequested(), "the job system recorded the cancel");
        assertEquals(2, ai.calls(), "nothing was asked after the switch");
    }

    @Test
    void theKillSwitchOfAnotherShopLeavesThisShopsGenerationAlone() {
        InMemoryCartwise cartwise = GearShop.imported();
        cartwise.createShop.execute(new com.cartwise.domain.shop.Shop(ShopId.of("other"), "Other", java.util.Currency.getInstance("EUR")));
        Flags.set(cartwise, Optional.of(ShopId.of("other")), "kill_switch", new FlagInput.Bool(true));

        Job job = Generations.generate(cartwise, SHOP);

        assertEquals(JobState.SUCCEEDED, job.state());
        assertFalse(Generations.events(cartwise, job).stream().map(JobEvent::progress).anyMatch(p -> p.message().contains("Cancel")));
    }
}
