package com.cartwise.bootstrap;

import com.cartwise.bootstrap.cli.ImportCommand;
import com.cartwise.bootstrap.cli.RecommendCommand;
import com.cartwise.bootstrap.cli.ServeCommand;
import com.cartwise.bootstrap.cli.ShopsCommand;
import com.cartwise.bootstrap.cli.TrainCommand;
import com.cartwise.bootstrap.cli.bundles.BundlesCommand;
import com.cartwise.bootstrap.cli.evaluation.EvaluateCommand;
import com.cartwise.bootstrap.cli.mining.MineCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code serve} (the default) runs Cartwise; {@code shops create} and {@code shops
 * issue-key} make a shop and its API key on a running one over REST; {@code import} uploads files to a running
 * one over REST; {@code train} trains a shop's recommender on a running one over REST; {@code bundles generate} generates a shop's bundles on a running one over REST;
 * {@code recommend} asks a running one over gRPC; {@code evaluate} judges the recommender offline on
 * files, and {@code mine} mines a basket file offline, both with neither server nor database.
 */
@Command(name = "cartwise", mixinStandardHelpOptions = true, version = "Cartwise 0.1.0",
        description = "Recommendation and bundle backend for Shopify shops.",
        subcommands = {ServeCommand.class, ShopsCommand.class, ImportCommand.class, TrainCommand.class, BundlesCommand.class, RecommendCommand.class, EvaluateCommand.class,
            MineCommand.class, CommandLine.HelpCommand.class})
public final class Cartwise implements Runnable {

    public static void main(String[] args) {
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        int exit = new CommandLine(new Cartwise())
                .setExecutionExceptionHandler(Cartwise::explain)
                .execute(effective);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /** A failed start says why in one line per cause ({@link StartFailure}), not with a stack trace; LOG_LEVEL=DEBUG logs the trace. */
    private static int explain(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
        command.getErr().println(StartFailure.explain(failure));
        org.slf4j.LoggerFactory.getLogger(Cartwise.class).debug("Cartwise stopped", failure);
        return 1;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
