package com.cartwise.bootstrap.cli.bundles;

import com.cartwise.bootstrap.cli.JobEndings;
import com.cartwise.bootstrap.cli.JobExitCodes;
import com.cartwise.rest.client.Answer;
import com.cartwise.rest.client.CartwiseRestClient;
import com.cartwise.rest.client.RemoteBundle;
import com.cartwise.rest.client.RemoteGenerationReport;
import com.cartwise.rest.client.RemoteJob;
import com.cartwise.rest.client.RemoteProblem;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Says how a bundle generation ended, with its best bundles, and chooses the command's exit code. */
final class GenerationSummary {
    private final CartwiseRestClient client;
    private final PrintWriter out;
    private final PrintWriter err;
    private final int best;

    GenerationSummary(CartwiseRestClient client, PrintWriter out, PrintWriter err, int best) {
        this.client = client;
        this.out = out;
        this.err = err;
        this.best = best;
    }

    int ended(RemoteJob job) {
        if (RemoteJob.SUCCEEDED.equals(job.state())) {
            return succeeded(job);
        }
        return JobEndings.cancelledOrFailed(err, job, "Bundle generation", ". The bundles it published until then stay proposed.");
    }

    int refused(RemoteProblem problem) {
        return JobEndings.refused(err, problem, "the generation");
    }

    private int succeeded(RemoteJob job) {
        out.println("Bundle generation " + job.id() + " succeeded" + job.runTime().map(d -> String.format(Locale.ROOT, " in %.1f s",
                d.toMillis() / 1e3)).orElse("") + ": " + job.message());
        job.generationReport().ifPresent(this::report);
        if (client.bundlesOf(job.shop(), job.id(), best) instanceof Answer.Accepted<List<RemoteBundle>> bundles
                && !bundles.value().isEmpty()) {
            out.println("Best bundles (" + client.resolve("/api/v1/shops/" + job.shop() + "/bundle-recommendations") + "):");
            for (RemoteBundle b : bundles.value()) {
                out.printf(Locale.ROOT, "  %d. %s — %s (%s, %s; copy by %s) %s%n", b.rank(), b.title(), BundleWording.price(b), b.type(),
                        b.objective(), b.copyWriter(), b.bundleKey());
            }
            if (bundles.value().stream().anyMatch(b -> !b.itemsWithoutPrice().isEmpty())) {
                out.println("Items that came without a price (basket and transaction files give none) keep their bundles from approval:"
                        + " import a products export with their prices (matched by SKU), then generate again.");
            }
        }
        out.flush();
        return JobExitCodes.SUCCEEDED;
    }

    private void report(RemoteGenerationReport r) {
        out.printf(Locale.ROOT, "  read %,d orders and %,d variants; mined %,d association rules; %,d distinct candidates;"
                        + " %,d bundles ranked and priced, published in %,d waves%s%n", r.orders(), r.variants(), r.rules(), r.candidates(),
                r.bundles(), r.waves(), r.quickStartBundles() > 0 ? " after a quick start of " + r.quickStartBundles() : "");
        out.printf(Locale.ROOT, "  copy: %,d by AI, %,d by template; %,d earlier proposals replaced%n", r.aiCopies(), r.templateCopies(),
                r.retired());
        if (r.approvalsProposedAnew() > 0) {
            out.printf(Locale.ROOT, "  %,d bundle%s you approved %s proposed anew at new prices: their items' prices changed since;"
                    + " review %s again (status=proposed)%n", r.approvalsProposedAnew(), r.approvalsProposedAnew() == 1 ? "" : "s",
                    r.approvalsProposedAnew() == 1 ? "is" : "are", r.approvalsProposedAnew() == 1 ? "it" : "them");
        }
    }
}
