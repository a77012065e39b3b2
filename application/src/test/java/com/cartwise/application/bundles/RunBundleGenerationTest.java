package com.cartwise.application.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.SkiShop;
import com.cartwise.application.bundles.generation.BundleGenerationReport;
import com.cartwise.application.bundles.generation.GenerationSettings;
import com.cartwise.application.bundles.generation.RunBundleGeneration;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobEvent;
import com.cartwise.application.jobs.JobFailure;
import com.cartwise.application.jobs.JobOutcome;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.jobs.JobStopped;
import com.cartwise.application.jobs.JobTally;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.bundles.copy.ProposedBundle;
import com.cartwise.domain.bundles.copy.TemplateCopyWriter;
import com.cartwise.domain.bundles.publishing.PublishingWaves;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A generation as a job: quick start, the full pipeline, copy, waves, checkpoints, resume and cancel. */
class RunBundleGenerationTest {
    private static final ShopId SHOP = GearShop.ID;

    @Test
    void aFirstGenerationPublishesTheQuickStartThenReplacesItWithTheFullPipelinesBundles() {
        InMemoryCartwise cartwise = GearShop.imported();
        DomainPipeline.Output expected = DomainPipeline.run(cartwise, SHOP, GearShop.NOW);
        List<ProposedBundle> quick = DomainPipeline.quickStart(cartwise, SHOP, GearShop.NOW);

        Job job = Generations.generate(cartwise, SHOP);

        assertEquals(JobState.SUCCEEDED, job.state(), job.progress().message());
        List<BundleRecommendation> published = Generations.all(cartwise, SHOP);
        assertEquals(expected.keys(), published.stream().map(BundleRecommendation::key).toList());
        assertTrue(published.stream().allMatch(r -> r.run().equals(job.id()) && r.review().equals(Review.PROPOSED)));
        Set<BundleKey> quickOnly = quick.stream().map(b -> b.bundle().priced().ranked().candidate().key())
                .filter(k -> !expected.keys().contains(k)).collect(Collectors.toSet());
        BundleGenerationReport report = assertInstanceOf(BundleGenerationReport.class, job.report().orElseThrow());
        assertEquals(new BundleGenerationReport(GearShop.ORDERS, 10, quick.size(), expected.rules(), report.candidates(),
                expected.bundles().size(), expected.bundles().size(), PublishingWaves.DEFAULT.waves(expected.bundles()).size(), 0,
                expected.bundles().size(), quickOnly.size(), 0), report);
        assertTrue(quick.size() > 0 && expected.rules() > 0, "the gear shop gives the quick start and mining something to find");
        assertEquals(expected.rules(), cartwise.associationRules.list(new RuleQuery(SHOP, OptionalLong.empty(),
                RuleQuery.Order.LIFT, RuleQuery.MAX_LIMIT, Optional.empty())).size());
    }

    @Test
    void theQuickStartsBundlesThatTheFullPipelineDoesNotProposeAreRetiredAtTheEnd() {
        // The ski shop's wax and goggles share 2 orders: enough for the quick start, too few to count as evidence.
        InMemoryCartwise cartwise = SkiShop.imported();
        List<BundleKey> quick = DomainPipeline.quickStart(cartwise, SkiShop.ID, SkiShop.NOW).stream()
                .map(b -> b.bundle().priced().ranked().candidate().key()).toList();
        List<BundleKey> full = DomainPipeline.run(cartwise, SkiShop.ID, SkiShop.NOW).keys();

        Job job = Generations.generate(cartwise, SkiShop.ID);

        assertFalse(quick.isEmpty());
        assertEquals(full, Generations.all(cartwise, SkiShop.ID).stream().map(BundleRecommendation::key).toList());
        assertEquals(quick.stream().filter(k -> !full.contains(k)).count(), ((BundleGenerationReport) job.report().orElseThrow()).retired());
        assertTrue(quick.stream().anyMatch(k -> !full.contains(k)), "the quick start proposed something the pipeline does not");
    }

    @Test
    void progressRunsThroughThePhasesInOrderNeverGoesBackAndCountsWhatItFound() {
        InMemoryCartwise cartwise = GearShop.imported();

        Job job = Generations.generate(cartwise, SHOP);

        List<JobEvent> events = Generations.events(cartwise, job);
        List<String> phases = new ArrayList<>(new LinkedHashSet<>(events.stream().map(e -> e.progress().phase()).toList()));
        assertEquals(List.of("queued", "starting", "reading", "quick_start", "enrichment", "objectives", "candidates", "deduplication",
                "ranking", "pricing", "explanation", "copy", "publishing", "done"), phases);
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).progress().percent() >= events.get(i - 1).progress().percent(), "event " + i + " went back");
        }
        Map<String, Long> tallies = events.getLast().progress().tallies().stream()
                .collect(Collectors.toMap(JobTally::name, JobTally::count));
        int bundles = Generations.all(cartwise, SHOP).size();
        assertEquals(Long.valueOf(GearShop.ORDERS), tallies.get("orders"));
        assertEquals(Long.valueOf(10), tallies.get("variants"));
        assertEquals(Long.valueOf(bundles), tallies.get("bundles"));
        assertTrue(tallies.get("published") >= bundles, "the quick start's and the waves' bundles are counted: " + tallies);
        assertTrue(events.stream().anyMatch(e -> e.progress().message().startsWith("Published wave 1 of ")), "waves are announced");
    }

    @Test
    void wavesMakeTheTopThreeVisibleFirstThenTheTopFiveTenTwentyAndForty() {
        InMemoryCartwise cartwise = GearShop.imported();
        Job job = Generations.start(cartwise, SHOP, false);
        List<Integer> waveSizes = new ArrayList<>();
        RunBundleGeneration handler = new RunBundleGeneration(cartwise.shopSales, cartwise.recommenderPairs, cartwise.bundleOutcomes,
                new RecordingRecommendations(cartwise.recommendations, wave -> {
                    if (wave.getFirst().run().equals(job.id()) && wave.getFirst().candidate().sources().stream()
                            .noneMatch(s -> s.wireName().equals("quick_start"))) {
                        waveSizes.add(wave.size());
                    }
                }), cartwise.associationRules, InMemoryCartwise.jobCopyWriters(InMemoryCartwise.NO_AI_WRITER), GenerationSettings.DEFAULTS,
                cartwise.generationFlags, cartwise.clock);

        Generations.run(cartwise, handler, job);

        int total = Generations.all(cartwise, SHOP).size();
        assertTrue(total > 40, "more bundles than the named waves hold: " + total);
        assertEquals(List.of(3, 2, 5, 10, 20, total - 40), waveSizes);
        for (BundleRecommendation r : Generations.all(cartwise, SHOP)) {
            assertEquals(PublishingWaves.DEFAULT.waveOf(r.rank()), r.wave(), "rank " + r.rank());
        }
    }

    @Test
    void aGenerationResumedAfterACrashSkipsTheWavesItsCheckpointSaysArePublished() {
        InMemoryCartwise cartwise = GearShop.imported();
        CopyWriters.Counting ai = new CopyWriters.Counting(brief -> false, 0);
        RunBundleGeneration handler = cartwise.runBundleGeneration(ai, GenerationSettings.DEFAULTS);
        Job job = Generations.start(cartwise, SHOP, true);
        // Checkpoints: 1 the quick-start decision, 2 the quick start done, 3 wave 1, 4 wave 2: the worker dies after wave 2.
        ScriptedContext first = new ScriptedContext(job).crashingAfterCheckpoint(4);
        assertThrows(ScriptedContext.Crash.class, () -> handler.run(job, first));
        int askedBeforeTheCrash = ai.calls();
        assertEquals(5, askedBeforeTheCrash, "waves 1 and 2 hold the top 3 and 2 more");

        Job resumed = withCheckpoint(job, first.lastCheckpoint());
        ScriptedContext second = new ScriptedContext(resumed);
        JobOutcome outcome = handler.run(resumed, second);

        BundleGenerationReport report = (BundleGenerationReport) assertInstanceOf(JobOutcome.Succeeded.class, outcome).report();
        List<BundleRecommendation> published = Generations.all(cartwise, SHOP);
        assertEquals(DomainPipeline.run(cartwise, SHOP, GearShop.NOW).keys(), published.stream().map(BundleRecommendation::key).toList());
        assertEquals(published.size(), ai.calls(), "no bundle's copy was asked for twice");
        assertEquals(published.size(), report.published());
        assertEquals(published.size(), report.aiCopies());
        assertTrue(second.reports.getFirst().message().startsWith("Resuming from its checkpoint (quick start done"),
                second.reports.getFirst().message());
        assertFalse(second.reports.stream().anyMatch(p -> p.phase().equals("quick_start")), "the quick start is not run twice");
    }

    @Test
    void aCancelStopsTheGenerationAtItsNextCheckAndKeepsTheWavesAlreadyPublished() {
        InMemoryCartwise cartwise = GearShop.imported();
        Job job = Generations.start(cartwise, SHOP, true);
        ScriptedContext context = new ScriptedContext(job);
        CopyWriters.Counting ai = new CopyWriters.Counting(brief -> false, 0);
        ai.onCall(() -> {
            if (ai.calls() == 4) {
                context.cancel();
            }
        });
        RunBundleGeneration handler = cartwise.runBundleGeneration(ai, new GenerationSettings(1, Duration.ZERO, PublishingWaves.DEFAULT,
                GenerationSettings.DEFAULTS.ranking(), GenerationSettings.DEFAULTS.recommenderPairsPerVariant()));

        JobStopped stopped = assertThrows(JobStopped.class, () -> handler.run(job, context));

        assertTrue(stopped.byMerchant());
        List<BundleRecommendation> fromThisRun = Generations.all(cartwise, SHOP).stream()
                .filter(r -> r.candidate().sources().stream().noneMatch(s -> s.wireName().equals("quick_start"))).toList();
        Set<Integer> waves = fromThisRun.stream().map(BundleRecommendation::wave).collect(Collectors.toSet());
        assertEquals(Set.of(1), waves, "wave 1 (the top 3) was out; wave 2 stopped while its copy was written");
        assertEquals(4, ai.calls(), "nothing was asked after the cancel");
    }

    @Test
    void theAiWriterIsAskedAFewAtATimeAndTheTemplateWritesWhatItCannot() {
        InMemoryCartwise cartwise = GearShop.imported();
        CopyWriters.Counting ai = new CopyWriters.Counting(brief -> brief.type().wireName().equals("volume"), 5);
        RunBundleGeneration handler = cartwise.runBundleGeneration(ai, new GenerationSettings(2, Duration.ZERO, PublishingWaves.DEFAULT,
                GenerationSettings.DEFAULTS.ranking(), GenerationSettings.DEFAULTS.recommenderPairsPerVariant()));

        Job job = Generations.run(cartwise, handler, Generations.start(cartwise, SHOP, true));

        assertTrue(ai.mostAtOnce.get() <= 2, "at most 2 calls at once, but " + ai.mostAtOnce.get());
        List<BundleRecommendation> published = Generations.all(cartwise, SHOP);
        for (BundleRecommendation r : published) {
            boolean volume = r.candidate().type().wireName().equals("volume");
            assertEquals(volume ? TemplateCopyWriter.NAME : CopyWriters.Counting.NAME, r.proposal().copy().writer(), r.key().value());
        }
        long byTemplate = published.stream().filter(r -> r.proposal().copy().writer().equals(TemplateCopyWriter.NAME)).count();
        assertTrue(byTemplate > 0 && byTemplate < published.size(), "some copy of each writer");
        BundleGenerationReport report = (BundleGenerationReport) job.report().orElseThrow();
        assertEquals(byTemplate, report.templateCopies());
        assertEquals(published.size() - byTemplate, report.aiCopies());
        assertTrue(Generations.events(cartwise, job).stream().anyMatch(e -> e.progress().message()
                .contains("AI copy unavailable (the service answered 503 three times), template copy written")));
    }

    @Test
    void withAiCopyOffTheAiWriterIsNeverAsked() {
        InMemoryCartwise cartwise = GearShop.imported();
        CopyWriters.Counting ai = new CopyWriters.Counting(brief -> false, 0);

        Job job = Generations.run(cartwise, cartwise.runBundleGeneration(ai, GenerationSettings.DEFAULTS),
                Generations.start(cartwise, SHOP, false));

        assertEquals(JobState.SUCCEEDED, job.state());
        assertEquals(0, ai.calls());
        assertTrue(Generations.all(cartwise, SHOP).stream().allMatch(r -> r.proposal().copy().writer().equals(TemplateCopyWriter.NAME)));
    }

    @Test
    void aLaterGenerationLeavesReviewedBundlesAsReviewedAndRunsNoQuickStart() {
        InMemoryCartwise cartwise = GearShop.imported();
        Job first = Generations.generate(cartwise, SHOP);
        List<BundleRecommendation> before = Generations.all(cartwise, SHOP);
        BundleKey approved = before.get(0).key();
        BundleKey rejected = before.get(1).key();
        cartwise.recommendations.review(SHOP, approved, Review.decided(ReviewStatus.APPROVED, Optional.empty(), GearShop.NOW));
        cartwise.recommendations.review(SHOP, rejected, Review.decided(ReviewStatus.REJECTED, Optional.of("not for spring"), GearShop.NOW));

        Job second = Generations.generate(cartwise, SHOP);

        assertEquals(JobState.SUCCEEDED, second.state());
        assertEquals(0, ((BundleGenerationReport) second.report().orElseThrow()).quickStartBundles());
        assertFalse(Generations.events(cartwise, second).stream().anyMatch(e -> e.progress().phase().equals("quick_start")));
        BundleRecommendation kept = cartwise.recommendations.find(SHOP, rejected).orElseThrow();
        assertEquals(first.id(), kept.run(), "a reviewed bundle is not rewritten");
        assertEquals(Optional.of("not for spring"), kept.review().note());
        assertEquals(ReviewStatus.APPROVED, cartwise.recommendations.find(SHOP, approved).orElseThrow().review().status());
        assertEquals(new HashSet<>(before.stream().map(BundleRecommendation::key).toList()),
                new HashSet<>(Generations.all(cartwise, SHOP).stream().map(BundleRecommendation::key).toList()));
    }

    @Test
    void aShopWithoutProductsHasNothingToGenerateFrom() {
        InMemoryCartwise cartwise = new InMemoryCartwise(GearShop.CLOCK);
        ShopId empty = ShopId.of("empty-shop");
        cartwise.createShop.execute(new Shop(empty, "Empty", Currency.getInstance("EUR")));

        Job job = Generations.generate(cartwise, empty);

        assertEquals(JobState.FAILED, job.state());
        assertEquals(JobFailure.NOTHING_TO_LEARN, job.failure().orElseThrow().code());
        assertEquals("Shop 'empty-shop' has no products yet: import its products export (and its orders) first, then generate bundles.",
                job.failure().orElseThrow().detail());
    }

    private static Job withCheckpoint(Job job, String checkpoint) {
        return new Job(job.shop(), job.id(), job.kind(), JobState.RUNNING, job.progress(), job.createdAt(), job.startedAt(),
                job.finishedAt(), job.request(), job.report(), job.failure(), false, 2, Optional.of(checkpoint));
    }
}
