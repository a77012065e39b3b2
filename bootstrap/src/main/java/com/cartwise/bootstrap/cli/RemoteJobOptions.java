package com.cartwise.bootstrap.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The options of every command that starts a job on a running Cartwise and follows it: where it is, and how to show progress. */
public final class RemoteJobOptions extends RemoteOptions {

    @Option(names = "--no-progress", description = "No progress bar (a terminal gets a bar, a pipe or a log a plain line every few seconds).")
    boolean noProgress;

    public JobProgressView progressView(PrintWriter err, ProgressBarView.Measure measure) {
        if (noProgress) {
            return JobProgressView.none();
        }
        return Terminal.attached() ? ProgressBarView.onTerminal(measure) : ProgressBarView.asLines(err, measure);
    }
}
