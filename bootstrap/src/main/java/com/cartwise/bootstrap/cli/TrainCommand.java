package com.cartwise.bootstrap.cli;

import com.cartwise.bootstrap.cli.evaluation.EvaluationLines;
import com.cartwise.rest.client.Answer;
import com.cartwise.rest.client.CartwiseRestClient;
import com.cartwise.rest.client.CartwiseUnreachableException;
import com.cartwise.rest.client.RemoteEvaluation;
import com.cartwise.rest.client.RemoteJob;
import com.cartwise.rest.client.RemoteTrainingReport;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Trains a shop's recommender on a running Cartwise over REST: the training job is followed with a
 * progress bar, and the model it stored is printed. The server keeps serving the previous model
 * until the new one is stored.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a shop's recommender on a running Cartwise, over REST: the training job (reading, learning with every"
                + " candidate scorer evaluated on the newest orders, storing) is followed with a progress bar, and the model it stored"
                + " is printed. Ctrl-C asks the server to cancel the job; the served model stays as it was."},
        exitCodeOnInvalidInput = JobExitCodes.USAGE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the training succeeded: its model serves",
            "1:wrong usage: an unknown option, no API key",
            "2:Cartwise refused the start (an unknown shop or metric, a shop busy with another job, which it names)",
            "3:Cartwise cannot be reached, or was lost while the job was followed",
            "4:the job failed (e.g. nothing-to-learn: no order line names a catalogue variant), or the server failed",
            "5:the job was cancelled"})
public final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--shop", required = true, description = "The shop's id, e.g. demo.")
    String shop;

    @Option(names = "--metric", paramLabel = "SCORER", description = "Rank by this scorer (e.g. cosine, rp3beta(alpha=1,beta=0.5))"
            + " instead of the one the evaluation chooses.")
    String metric;

    @Mixin
    RemoteJobOptions remote;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CartwiseRestClient client = remote.client(spec);
        return JobEndings.unlessUnreachable(err, () -> switch (client.startTraining(shop, Optional.ofNullable(metric))) {
            case Answer.Accepted<RemoteJob> started -> JobFollowing.follow(client, started.value(),
                    remote.progressView(err, ProgressBarView.Measure.PERCENT), err, job -> ended(client, job, out, err),
                    JobExitCodes.FAILED);
            case Answer.Refused<RemoteJob> refused -> JobEndings.refused(err, refused.problem(), "the training");
        });
    }

    private static int ended(CartwiseRestClient client, RemoteJob job, PrintWriter out, PrintWriter err) {
        if (!RemoteJob.SUCCEEDED.equals(job.state())) {
            return JobEndings.cancelledOrFailed(err, job, "Training", ". The served model is as it was.");
        }
        out.println("Training " + job.id() + " succeeded" + job.runTime().map(d -> String.format(Locale.ROOT, " in %.1f s",
                d.toMillis() / 1e3)).orElse("") + ": " + job.message());
        job.trainingReport().ifPresent(r -> report(client, r, out));
        out.flush();
        return JobExitCodes.SUCCEEDED;
    }

    private static void report(CartwiseRestClient client, RemoteTrainingReport r, PrintWriter out) {
        out.printf(Locale.ROOT, "  model version %d ranks by %s: learned from %,d orders (%,d baskets, %,d lines, %,d not in the"
                        + " catalogue); %,d variants, %,d pairs, %,d bytes%n", r.modelVersion(), r.metric(), r.orders(), r.baskets(),
                r.lines(), r.unresolvedLines(), r.variants(), r.pairs(), r.sizeBytes());
        try {
            switch (client.evaluation(r.model())) {
                case Answer.Accepted<Optional<RemoteEvaluation>> read -> read.value().ifPresent(e -> EvaluationLines.print(e, r.metric(), out));
                case Answer.Refused<Optional<RemoteEvaluation>> refused ->
                        out.println("  its evaluation could not be read: " + refused.problem().detail());
            }
        } catch (CartwiseUnreachableException | IllegalArgumentException e) {
            // The training succeeded and its model serves: a summary lost on the way is no failure, the address follows.
            out.println("  its evaluation could not be read: " + e.getMessage());
        }
        out.println("  the whole evaluation: " + client.resolve(r.model()));
    }
}
