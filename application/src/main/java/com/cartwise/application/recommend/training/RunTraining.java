package com.cartwise.application.recommend.training;

import com.cartwise.application.flags.FlagCatalogue;
import com.cartwise.application.flags.values.FlagValues;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobContext;
import com.cartwise.application.jobs.JobCounts;
import com.cartwise.application.jobs.JobFailure;
import com.cartwise.application.jobs.JobHandler;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobOutcome;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.recommend.learning.RecommenderTraining;
import com.cartwise.domain.recommend.serving.TrainedModel;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs a training job: reads the shop's baskets, evaluates the candidate scorers and learns the
 * chosen one, then stores and serves the model. A cancel is honoured until the model is stored; a
 * training whose worker died simply starts again (it writes nothing before its end).
 */
public final class RunTraining implements JobHandler {
    static final double READ_AT = 5;
    static final double LEARN_AT = 20;
    static final double STORE_AT = 90;

    private final TrainRecommender trainRecommender;
    private final FlagValues flags;

    /** @param flags a training that names no scorer ranks by the shop's {@code recommender.scorer}, when set */
    public RunTraining(TrainRecommender trainRecommender, FlagValues flags) {
        this.trainRecommender = trainRecommender;
        this.flags = flags;
    }

    @Override
    public JobKind kind() {
        return JobKind.TRAINING;
    }

    @Override
    public boolean resumable() {
        return true;
    }

    @Override
    public JobOutcome run(Job job, JobContext context) {
        TrainingRequest request = (TrainingRequest) job.request();
        Optional<String> metric = request.metric().or(() -> Optional.of(flags.text(FlagCatalogue.SCORER, job.shop()))
                .filter(scorer -> !scorer.isEmpty()));
        TrainRecommender.Result result = trainRecommender.execute(new TrainRecommender.Command(job.shop(), metric), new JobSteps(context));
        return switch (result) {
            case TrainRecommender.Result.Trained trained -> succeeded(trained.model(), trained.history());
            case TrainRecommender.Result.NothingToLearn nothing -> new JobOutcome.Failed(
                    JobFailure.of(JobFailure.NOTHING_TO_LEARN, nothingToLearn(nothing.history())), counts(nothing.history()));
            case TrainRecommender.Result.ShopNotFound notFound -> new JobOutcome.Failed(
                    JobFailure.of(JobFailure.NOTHING_TO_LEARN, "Shop '" + notFound.shop() + "' no longer exists."), JobCounts.NONE);
        };
    }

    private static JobOutcome succeeded(TrainedModel model, BasketHistory history) {
        TrainingReport report = new TrainingReport(model.version(), model.metric(), history.orders(), history.baskets().size(),
                history.lines(), history.unresolvedLines(), model.model().counts().variants(), model.model().counts().pairs(),
                model.model().bytes());
        String message = String.format(Locale.ROOT, "Trained model version %d (%s) on %,d baskets of %,d orders", model.version(),
                model.metric(), history.baskets().size(), history.orders());
        return new JobOutcome.Succeeded(report, message, counts(history));
    }

    /** Orders read; of them, the ones that made a basket; the rest matched no variant. */
    private static JobCounts counts(BasketHistory history) {
        return new JobCounts(history.orders(), history.baskets().size(), history.orders() - history.baskets().size());
    }

    static String nothingToLearn(BasketHistory history) {
        if (history.orders() == 0) {
            return "The shop has no orders yet: import a Shopify orders export (Orders > Export) and its products export"
                    + " (Products > Export), then train again.";
        }
        return "None of the " + history.lines() + " lines of the shop's " + history.orders() + " orders matches a catalogue"
                + " variant by SKU or by name: import the products export (Products > Export) these orders were placed from,"
                + " then train again.";
    }

    /** A training's steps as the job's phases; the model is stored only if no cancel came first. */
    private static final class JobSteps implements TrainRecommender.Steps {
        private final JobContext context;
        private JobCounts counts = JobCounts.NONE;

        JobSteps(JobContext context) {
            this.context = context;
        }

        @Override
        public void reading() {
            context.checkCancelled();
            context.progress("reading", READ_AT, "Reading the shop's orders", counts);
        }

        @Override
        public void learning(BasketHistory history) {
            context.checkCancelled();
            counts = counts(history);
            context.progress("learning", LEARN_AT, String.format(Locale.ROOT,
                    "Evaluating the candidate scorers on %,d baskets, then learning the best", history.baskets().size()), counts);
        }

        @Override
        public void storing(RecommenderTraining.Trained trained) {
            context.enterCommit();
            context.progress("storing", STORE_AT, "Storing and serving the new model", counts);
        }
    }
}
