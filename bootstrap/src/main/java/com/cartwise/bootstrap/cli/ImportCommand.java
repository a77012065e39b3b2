package com.cartwise.bootstrap.cli;

import com.cartwise.rest.client.Answer;
import com.cartwise.rest.client.CartwiseRestClient;
import com.cartwise.rest.client.ImportUpload;
import com.cartwise.rest.client.RemoteJob;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports files into a shop of a running Cartwise over its REST API: one upload of every file,
 * then the import job followed to its end with a progress bar, then what it did.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import files (Shopify exports, transaction or basket files ...) into a shop of a running Cartwise,"
                + " over REST: all files go up in one request, then the import job is followed with a progress bar"
                + " (rows, rows/s, ETA) and its summary is printed. Ctrl-C asks the server to cancel the job."},
        exitCodeOnInvalidInput = JobExitCodes.USAGE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the import succeeded",
            "1:wrong usage: an unknown option, a missing file, no API key",
            "2:Cartwise refused the upload (unknown shop or type, busy shop) or a file; the file, line, column and value are printed",
            "3:Cartwise cannot be reached, or was lost while the job was followed",
            "4:the job failed for another reason (its message is printed), or the server failed",
            "5:the job was cancelled"})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--shop", required = true, description = "The shop's id, e.g. demo.")
    String shop;

    @Option(names = "--type", description = "Every file's type: products, orders, inventory, customers, transactions, baskets,"
            + " run_orders ... (default: told from each file's header).")
    String type;

    @Option(names = "--lenient", description = "Import the valid rows and report the refused ones, instead of refusing the"
            + " whole upload at its first problem.")
    boolean lenient;

    @Mixin
    RemoteJobOptions remote;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to import, in one job.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CartwiseRestClient client = client();
        ImportSummary summary = new ImportSummary(client, out, err);
        return JobEndings.unlessUnreachable(err, () -> {
            err.printf(Locale.ROOT, "Uploading %s (%s) to %s for shop %s%n", describeFiles(), size(totalBytes()), client.server(), shop);
            err.flush();
            return switch (client.startImport(new ImportUpload(shop, files, Optional.ofNullable(type), lenient))) {
                case Answer.Accepted<RemoteJob> started -> follow(client, started.value(), summary, err);
                case Answer.Refused<RemoteJob> refused -> summary.refused(refused.problem());
            };
        });
    }

    private int follow(CartwiseRestClient client, RemoteJob job, ImportSummary summary, PrintWriter err) {
        return JobFollowing.follow(client, job, remote.progressView(err, ProgressBarView.Measure.ROWS), err, summary::ended,
                JobExitCodes.FAILED);
    }

    private CartwiseRestClient client() {
        for (Path file : files) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new ParameterException(spec.commandLine(), "FILE: " + file + " is not a file that can be read");
            }
        }
        return remote.client(spec);
    }

    private String describeFiles() {
        return files.size() == 1 ? files.getFirst().getFileName().toString() : files.size() + " files";
    }

    private long totalBytes() {
        long bytes = 0;
        for (Path file : files) {
            try {
                bytes += Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes;
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%,d bytes", bytes)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
