package com.cartwise.bootstrap.cli;

import com.cartwise.rest.client.CartwiseRestClient;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of every command that starts a job on a running Cartwise and follows it: where it is, and how to show progress. */
final class RemoteJobOptions {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** A restarted server is back within this; a follower that waits longer is waiting for nothing. */
    private static final Duration RECONNECT_PATIENCE = Duration.ofSeconds(60);

    @Option(names = "--server", defaultValue = "http://localhost:8080", description = "Cartwise's REST address (default: ${DEFAULT-VALUE}).")
    URI server;

    @Option(names = "--api-key", defaultValue = "${env:CARTWISE_API_KEY}", description = ApiKeyOption.DESCRIPTION)
    String apiKey;

    @Option(names = "--no-progress", description = "No progress bar (a terminal gets a bar, a pipe or a log a plain line every few seconds).")
    boolean noProgress;

    CartwiseRestClient client(CommandSpec spec) {
        String key = ApiKeyOption.required(spec, apiKey);
        try {
            return new CartwiseRestClient(server, CONNECT_TIMEOUT, RECONNECT_PATIENCE, key);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--server: " + e.getMessage());
        }
    }

    JobProgressView progressView(PrintWriter err, ProgressBarView.Measure measure) {
        if (noProgress) {
            return JobProgressView.none();
        }
        return Terminal.attached() ? ProgressBarView.onTerminal(measure) : ProgressBarView.asLines(err, measure);
    }
}
