package com.cartwise.application.bundles.generation;

import static com.cartwise.application.bundles.generation.FullPipeline.count;
import static com.cartwise.application.bundles.generation.GenerationProgress.ORDERS;
import static com.cartwise.application.bundles.generation.GenerationProgress.PUBLISHED;
import static com.cartwise.application.bundles.generation.GenerationProgress.VARIANTS;

import com.cartwise.application.bundles.BundleRecommendation;
import com.cartwise.application.bundles.Review;
import com.cartwise.application.bundles.generation.GenerationCheckpoint.QuickStartState;
import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobContext;
import com.cartwise.application.jobs.JobCounts;
import com.cartwise.application.jobs.JobFailure;
import com.cartwise.application.jobs.JobHandler;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobOutcome;
import com.cartwise.application.port.AssociationRules;
import com.cartwise.application.port.BundleOutcomes;
import com.cartwise.application.port.BundleRecommendations;
import com.cartwise.application.bundles.copy.JobCopyWriters;
import com.cartwise.application.port.CopyWriter;
import com.cartwise.application.port.RecommenderPairs;
import com.cartwise.application.port.ShopSales;
import com.cartwise.domain.bundles.copy.ProposedBundle;
import com.cartwise.domain.bundles.explanation.ExplainedBundle;
import com.cartwise.domain.bundles.quickstart.QuickStart;
import com.cartwise.domain.bundles.quickstart.QuickStartSettings;
import com.cartwise.domain.mining.MiningLimitExceededException;
import com.cartwise.domain.mining.WorkCancelledException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs a bundle generation job: reads the shop's catalogue and sales; on a shop's first
 * generation publishes the quick start's bundles at once; runs the full pipeline; writes each
 * publishing wave's copy and publishes it, checkpointing after each; and at the end retires the
 * proposals of earlier runs (the quick start's among them) that this run did not propose again.
 * Resumable: a run taken over after a crash recomputes the phases before publishing and skips
 * what its checkpoint says is published.
 */
public final class RunBundleGeneration implements JobHandler {
    private final ShopSales sales;
    private final BundleRecommendations recommendations;
    private final AssociationRules rules;
    private final GenerationSettings settings;
    private final FullPipeline pipeline;
    private final CopyPhase copy;
    private final JobCopyWriters copyWriters;
    private final GenerationFlags flags;
    private final Clock clock;

    public RunBundleGeneration(ShopSales sales, RecommenderPairs recommenderPairs, BundleOutcomes outcomes,
                               BundleRecommendations recommendations, AssociationRules rules, JobCopyWriters copyWriters,
                               GenerationSettings settings, GenerationFlags flags, Clock clock) {
        this.sales = sales;
        this.recommendations = recommendations;
        this.rules = rules;
        this.settings = settings;
        this.pipeline = new FullPipeline(settings, recommenderPairs, outcomes);
        this.copy = new CopyPhase(settings.copyConcurrency());
        this.copyWriters = copyWriters;
        this.flags = flags;
        this.clock = clock;
    }

    @Override
    public JobKind kind() {
        return JobKind.BUNDLE_GENERATION;
    }

    /** What it wrote before a crash is kept and skipped: published waves are upserts, and the checkpoint says how far it got. */
    @Override
    public boolean resumable() {
        return true;
    }

    @Override
    public JobOutcome run(Job job, JobContext context) {
        // The kill switch is looked at wherever a cancel is: it cancels the job through the job system.
        GenerationProgress progress = new GenerationProgress(context, () -> flags.stops(job));
        try {
            return new Run(job, context, progress).generate();
        } catch (WorkCancelledException cancelled) {
            throw progress.stopped(cancelled);
        } catch (MiningLimitExceededException tooMuch) {
            return new JobOutcome.Failed(JobFailure.of(tooMuch.code(), tooMuch.getMessage()), JobCounts.NONE);
        }
    }

    /** One run of one job, with the state it carries from phase to phase. */
    private final class Run {
        private final Job job;
        private final BundleGenerationRequest request;
        private final GenerationProgress progress;
        private final JobContext context;
        private GenerationCheckpoint checkpoint;
        private CopyWriter aiWriter;

        Run(Job job, JobContext context, GenerationProgress progress) {
            this.job = job;
            this.request = (BundleGenerationRequest) job.request();
            this.progress = progress;
            this.context = context;
            this.checkpoint = job.checkpoint().map(GenerationCheckpoint::parse).orElse(null);
        }

        /** The job's AI writer, opened at its first copy: its budget is the job's, behind the shop's copy cache. */
        private CopyWriter aiWriter() {
            if (aiWriter == null) {
                aiWriter = copyWriters.forJob(job.shop());
            }
            return aiWriter;
        }

        JobOutcome generate() {
            progress.at(GenerationPhase.READING, 0, checkpoint == null ? "Reading the shop's catalogue and orders"
                    : "Resuming from its checkpoint (" + checkpoint.describe() + "): reading the shop's catalogue and orders");
            Sales read = new Sales(sales.catalogue(job.shop()), sales.orders(job.shop()));
            progress.tally(ORDERS, read.orders().size());
            progress.tally(VARIANTS, read.catalogue().entries().size());
            if (read.catalogue().entries().isEmpty()) {
                return new JobOutcome.Failed(JobFailure.of(JobFailure.NOTHING_TO_LEARN, "Shop '" + job.shop() + "' has no products yet:"
                        + " import its products export (and its orders) first, then generate bundles."), JobCounts.NONE);
            }
            progress.at(GenerationPhase.READING, 1, "Read " + count(read.catalogue().entries().size(), "variant") + " and "
                    + count(read.orders().size(), "order"));
            if (checkpoint == null) {
                save(GenerationCheckpoint.deciding(!recommendations.any(job.shop())));
            }
            GenerationFlags.Phases phases = flags.phases(job.shop());
            if (checkpoint.quickStart() == QuickStartState.PENDING && phases.quickStart()) {
                quickStart(read);
            }
            FullPipeline.Result result = pipeline.run(job.shop(), read, request, phases, progress);
            progress.at(GenerationPhase.EXPLANATION, 1, "Storing " + count(result.candidates().rules().size(), "association rule"));
            rules.replace(job.shop(), job.id(), result.candidates().rules());
            List<List<ExplainedBundle>> waves = settings.waves().waves(result.explained());
            publish(waves, result);
            progress.at(GenerationPhase.PUBLISHING, 1, "Replacing the proposals of earlier generations");
            int retired = recommendations.retireAllBut(job.shop(), job.id());
            BundleGenerationReport report = new BundleGenerationReport(read.orders().size(), read.catalogue().entries().size(),
                    checkpoint.quickStartBundles(), result.candidates().rules().size(), progress.tally(GenerationProgress.CANDIDATES),
                    result.explained().size(), checkpoint.published(), waves.size(), checkpoint.aiCopies(), checkpoint.templateCopies(),
                    retired, checkpoint.approvalsProposedAnew());
            return new JobOutcome.Succeeded(report, summary(report), JobCounts.NONE);
        }

        private void quickStart(Sales read) {
            progress.at(GenerationPhase.QUICK_START, 0, "Quick start: the first bundles from the best sellers, while the full"
                    + " pipeline runs");
            List<ProposedBundle> quick = new QuickStart(QuickStartSettings.DEFAULTS).generate(read.catalogue(), read.orders(),
                    request.asOf(), progress.domain(GenerationPhase.QUICK_START, 0, 0.9, "Quick start: pairing the best sellers"));
            recommendations.publish(job.shop(), quick.stream().map(this::recommendation).toList());
            progress.tally(PUBLISHED, quick.size());
            save(checkpoint.quickStartDone(quick.size()));
            progress.at(GenerationPhase.QUICK_START, 1, "Quick start published " + count(quick.size(), "bundle"));
        }

        private void publish(List<List<ExplainedBundle>> waves, FullPipeline.Result result) {
            int total = result.explained().size();
            int before = 0;
            for (int w = 0; w < waves.size(); w++) {
                List<ExplainedBundle> wave = waves.get(w);
                double from = (double) before / total;
                double to = (double) (before + wave.size()) / total;
                before += wave.size();
                if (w < checkpoint.wavesPublished()) {
                    continue;
                }
                if (w > 0) {
                    pause();
                }
                String which = String.format(Locale.ROOT, "wave %d of %d (ranks %d-%d)", w + 1, waves.size(), before - wave.size() + 1,
                        before);
                boolean ai = request.aiCopy() && flags.aiCopy(job.shop());
                CopyPhase.Written written = copy.write(wave, result.profile(), ai ? Optional.of(aiWriter()) : Optional.empty(),
                        progress.domain(GenerationPhase.COPY,
                        from, from + (to - from) * 0.9, "Writing copy for " + which + (ai ? " with the AI writer" : "")));
                progress.at(GenerationPhase.PUBLISHING, from + (to - from) * 0.95, "Publishing " + which
                        + written.unavailable().map(why -> "; AI copy unavailable (" + why + "), template copy written").orElse(""));
                int proposedAnew = recommendations.publish(job.shop(), written.bundles().stream().map(this::recommendation).toList());
                save(checkpoint.wavePublished(wave.size(), written.byAi(), written.byTemplate(), proposedAnew));
                progress.tally(PUBLISHED, checkpoint.quickStartBundles() + checkpoint.published());
                progress.at(GenerationPhase.PUBLISHING, to, "Published " + which + ": the top " + before + " are ready"
                        + (proposedAnew > 0 ? "; " + approvedAnew(proposedAnew) : ""));
            }
        }

        private BundleRecommendation recommendation(ProposedBundle bundle) {
            int rank = bundle.bundle().priced().ranked().rank();
            return new BundleRecommendation(bundle, job.id(), settings.waves().waveOf(rank), clock.instant(), Review.PROPOSED);
        }

        /** The operator's pacing between waves, stopping early on a cancel. */
        private void pause() {
            long end = System.nanoTime() + settings.waveInterval().toNanos();
            for (long left = end - System.nanoTime(); left > 0; left = end - System.nanoTime()) {
                progress.check();
                try {
                    Thread.sleep(Math.min(left / 1_000_000 + 1, 100));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted between publishing waves", e);
                }
            }
            progress.check();
        }

        private void save(GenerationCheckpoint next) {
            checkpoint = next;
            context.checkpoint(next.text());
        }
    }

    /** "Published 78 bundles in 6 waves from 100,000 orders (312 rules; copy: 78 by template)". */
    private static String summary(BundleGenerationReport report) {
        return String.format(Locale.ROOT, "Published %s in %s from %s (%s%s; copy: %,d by AI, %,d by template)%s",
                count(report.published(), "bundle"), count(report.waves(), "wave"), count(report.orders(), "order"),
                count(report.rules(), "association rule"), report.quickStartBundles() > 0
                        ? ", after a quick start of " + count(report.quickStartBundles(), "bundle") : "",
                report.aiCopies(), report.templateCopies(), report.retired() > 0
                        ? "; replaced " + count(report.retired(), "earlier proposal") : "")
                + (report.approvalsProposedAnew() > 0 ? "; " + approvedAnew(report.approvalsProposedAnew()) : "");
    }

    /** "2 bundles you approved are proposed anew: their items' prices changed since". */
    private static String approvedAnew(long bundles) {
        return count(bundles, "bundle") + " you approved " + (bundles == 1 ? "is" : "are")
                + " proposed anew: their items' prices changed since";
    }
}
