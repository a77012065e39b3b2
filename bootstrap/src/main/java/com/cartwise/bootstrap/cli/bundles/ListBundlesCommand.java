package com.cartwise.bootstrap.cli.bundles;

import com.cartwise.application.bundles.RecommendationQuery;
import com.cartwise.application.bundles.ReviewStatus;
import com.cartwise.bootstrap.cli.JobEndings;
import com.cartwise.bootstrap.cli.JobExitCodes;
import com.cartwise.bootstrap.cli.RemoteOptions;
import com.cartwise.rest.client.CartwiseRestClient;
import com.cartwise.rest.client.RemoteBundle;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cartwise bundles list --shop S}: the shop's bundle recommendations, best first, as the
 * API lists them ({@code GET .../bundle-recommendations}), with where each one's review stands and
 * what keeps it from approval: the review's starting point after a generation proposed approved
 * bundles anew, or to find those an approval would accept.
 */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List a shop's bundle recommendations on a running Cartwise, over REST, best first: each with its price, where"
                + " its review stands and what keeps it from approval."},
        exitCodeOnInvalidInput = JobExitCodes.USAGE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:listed (none may match)",
            "1:wrong usage: an unknown option or status, a limit out of range, no API key",
            "2:Cartwise refused it (no such shop), which it says",
            "3:Cartwise cannot be reached"})
public final class ListBundlesCommand implements Callable<Integer> {
    private static final List<String> STATUSES = Stream.of(ReviewStatus.values()).map(ReviewStatus::wireName).toList();
    private static final int MAX_LIMIT = RecommendationQuery.MAX_LIMIT;

    @Spec
    CommandSpec spec;

    @Option(names = "--shop", required = true, description = "The shop whose bundles to list.")
    String shop;

    @Option(names = "--status", description = "Only those proposed, approved or rejected.")
    String status;

    @Option(names = "--approvable", arity = "1", paramLabel = "true|false",
            description = "Only those an approval would accept (true) or refuse (false), judged on the catalogue's prices now.")
    Boolean approvable;

    @Option(names = "--limit", defaultValue = "" + RecommendationQuery.DEFAULT_LIMIT, description = "How many at most, 1-" + MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    RemoteOptions remote;

    @Override
    public Integer call() {
        if (status != null && !STATUSES.contains(status)) {
            throw new ParameterException(spec.commandLine(), "--status: '" + status + "' is none of " + String.join(", ", STATUSES));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ParameterException(spec.commandLine(), "--limit: must be between 1 and " + MAX_LIMIT + ", but was " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CartwiseRestClient client = remote.client(spec);
        return JobEndings.answered(err, () -> client.bundles(shop, Optional.ofNullable(status), Optional.ofNullable(approvable), limit),
                "the list", bundles -> {
                    if (bundles.isEmpty()) {
                        out.println("No bundle recommendations of shop " + shop + " match.");
                    }
                    for (RemoteBundle b : bundles) {
                        out.printf(Locale.ROOT, "  %d. %s — %s (%s, %s; %s) %s%n", b.rank(), b.title(), BundleWording.price(b), b.type(),
                                b.objective(), b.status(), b.bundleKey());
                    }
                    if (bundles.size() == limit) {
                        out.println("(the first " + limit + "; more with --limit up to " + MAX_LIMIT + ", or the API's next_cursor)");
                    }
                    out.flush();
                });
    }
}
