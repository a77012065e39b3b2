package com.cartwise.bootstrap.cli.bundles;

import com.cartwise.bootstrap.cli.JobEndings;
import com.cartwise.bootstrap.cli.JobExitCodes;
import com.cartwise.bootstrap.cli.JobFollowing;
import com.cartwise.bootstrap.cli.ProgressBarView;
import com.cartwise.bootstrap.cli.RemoteJobOptions;
import com.cartwise.rest.client.Answer;
import com.cartwise.rest.client.CartwiseRestClient;
import com.cartwise.rest.client.GenerationStart;
import com.cartwise.rest.client.RemoteJob;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Starts a bundle generation on a running Cartwise over REST, follows it with a progress bar fed by
 * its event stream, and prints what it found and its best bundles.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generate a shop's bundles on a running Cartwise, over REST: the generation job is followed with a progress"
                + " bar (phase, percent, ETA, what it counted so far) and its summary and best bundles are printed. Ctrl-C asks the"
                + " server to cancel the job; the bundles published until then stay."},
        exitCodeOnInvalidInput = JobExitCodes.USAGE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the generation succeeded",
            "1:wrong usage: an unknown option, no API key",
            "2:Cartwise refused the start (unknown shop, objective or type, a threshold out of range, a busy shop, which it names)",
            "3:Cartwise cannot be reached, or was lost while the job was followed",
            "4:the job failed (e.g. a shop without products; its message is printed), or the server failed",
            "5:the job was cancelled"})
public final class GenerateBundlesCommand implements Callable<Integer> {
    private static final int BEST_SHOWN = 5;

    @Spec
    CommandSpec spec;

    @Option(names = "--shop", required = true, description = "The shop's id, e.g. demo.")
    String shop;

    @Option(names = "--objective", paramLabel = "OBJECTIVE", description = "An objective to target (repeatable): increase_aov,"
            + " clear_slow_movers, seasonal_promo, new_launch, category_bundle, gift_box, subscription_push, margin_guard"
            + " (default: all).")
    List<String> objectives = new ArrayList<>();

    @Option(names = "--type", paramLabel = "TYPE", description = "A bundle type to make (repeatable): fbt, volume, bogo,"
            + " mix_and_match (default: all).")
    List<String> types = new ArrayList<>();

    @Option(names = "--no-ai-copy", description = "Write every copy with the template, never with the AI writer.")
    boolean noAiCopy;

    @Option(names = "--min-support", paramLabel = "SHARE", description = "FP-Growth's minimum support, a share of orders"
            + " (default: the server's, 0.02).")
    Double minSupport;

    @Option(names = "--min-confidence", paramLabel = "SHARE", description = "The rules' minimum confidence (default: the server's, 0.18).")
    Double minConfidence;

    @Mixin
    RemoteJobOptions remote;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CartwiseRestClient client = remote.client(spec);
        GenerationSummary summary = new GenerationSummary(client, out, err, BEST_SHOWN);
        return JobEndings.unlessUnreachable(err, () -> {
            GenerationStart start = new GenerationStart(shop, objectives, types, !noAiCopy,
                    minSupport == null ? OptionalDouble.empty() : OptionalDouble.of(minSupport),
                    minConfidence == null ? OptionalDouble.empty() : OptionalDouble.of(minConfidence));
            return switch (client.startBundleGeneration(start)) {
                case Answer.Accepted<RemoteJob> started -> JobFollowing.follow(client, started.value(),
                        remote.progressView(err, ProgressBarView.Measure.PERCENT), err, summary::ended, JobExitCodes.FAILED);
                case Answer.Refused<RemoteJob> refused -> summary.refused(refused.problem());
            };
        });
    }
}
