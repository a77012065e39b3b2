package com.cartwise.bootstrap.cli;

import com.cartwise.rest.client.CartwiseRestClient;
import com.cartwise.rest.client.FilePlace;
import com.cartwise.rest.client.RemoteFailure;
import com.cartwise.rest.client.RemoteFileReport;
import com.cartwise.rest.client.RemoteImportReport;
import com.cartwise.rest.client.RemoteJob;
import com.cartwise.rest.client.RemoteProblem;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Says how an import ended, in the merchant's words, and chooses the command's exit code: what
 * each file did, or the place of the problem that refused a file, or why the job failed.
 */
final class ImportSummary {
    private final CartwiseRestClient client;
    private final PrintWriter out;
    private final PrintWriter err;

    ImportSummary(CartwiseRestClient client, PrintWriter out, PrintWriter err) {
        this.client = client;
        this.out = out;
        this.err = err;
    }

    /** @return the exit code for the job's end */
    int ended(RemoteJob job) {
        return switch (job.state()) {
            case RemoteJob.SUCCEEDED -> succeeded(job);
            case RemoteJob.CANCELLED -> {
                err.println("Import job " + job.id() + " was cancelled: " + job.message() + ". Nothing of it was imported.");
                yield JobExitCodes.CANCELLED;
            }
            default -> failed(job);
        };
    }

    /** The server refused the upload itself (unknown shop or type, a busy shop, a file it read at once). */
    int refused(RemoteProblem problem) {
        err.println((problem.serverFailed() ? "Cartwise failed" : "Cartwise refused the upload") + " (" + problem.status() + " "
                + problem.type().replace("urn:cartwise:problem:", "") + "): " + problem.detail());
        value(problem.place());
        err.flush();
        return problem.serverFailed() ? JobExitCodes.FAILED : JobExitCodes.REFUSED;
    }

    private int succeeded(RemoteJob job) {
        out.println("Import job " + job.id() + " succeeded" + job.runTime().map(d -> String.format(Locale.ROOT, " in %.1f s",
                d.toMillis() / 1e3)).orElse("") + ": " + job.message());
        job.report().ifPresent(this::files);
        if (job.rowsRejected() > 0 || job.report().map(RemoteImportReport::refused).orElse(0L) > 0) {
            out.println("Refused rows, each with its place and reason (CSV): " + client.resolve(job.links().refusals()));
        }
        out.flush();
        return JobExitCodes.SUCCEEDED;
    }

    private void files(RemoteImportReport report) {
        for (RemoteFileReport file : report.files()) {
            out.printf(Locale.ROOT, "  %s (%s): %,d rows, %,d imported, %,d refused%n", file.file(), file.type(), file.rows(),
                    file.imported(), file.refused());
            if (!file.counts().isEmpty()) {
                out.println("    " + counts(file.counts()));
            }
            if (!file.dateFormat().isEmpty()) {
                out.println("    dates: " + file.dateFormat().replace('_', ' '));
            }
            file.warnings().forEach(warning -> out.println("    warning: " + warning));
        }
    }

    private int failed(RemoteJob job) {
        RemoteFailure failure = job.failure().orElse(new RemoteFailure("unknown", job.message(), Optional.empty()));
        if (failure.rejectedFile()) {
            err.println("Import job " + job.id() + " refused a file; nothing of this upload was imported:");
            err.println("  " + failure.detail());
            value(failure.place());
            err.flush();
            return JobExitCodes.REFUSED;
        }
        err.println("Import job " + job.id() + " failed (" + failure.code() + "): " + failure.detail());
        err.flush();
        return JobExitCodes.FAILED;
    }

    /** The offending value as the file holds it, which the detail (its place and reason) does not always quote. */
    private void value(Optional<FilePlace> place) {
        place.map(FilePlace::value).filter(v -> !v.isEmpty()).ifPresent(v -> err.println("  value: '" + v + "'"));
    }

    /** "orders added 3, orders replaced 0, lines 7". */
    private static String counts(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey().replace('_', ' '), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
