package com.cartwise.bootstrap.startup;

import com.cartwise.application.bundles.BundleRecommendation;
import com.cartwise.application.bundles.RecommendationQuery;
import com.cartwise.application.bundles.generation.BundleGenerationReport;
import com.cartwise.application.bundles.generation.StartBundleGeneration;
import com.cartwise.application.jobs.start.StartJob;
import com.cartwise.application.bundles.review.ListBundleRecommendations;
import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.jobs.tracking.FindJob;
import com.cartwise.bootstrap.demo.DemoShopGenerator;
import com.cartwise.domain.shop.ShopId;
import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The demo shop's bundles, generated as a merchant would start it (every objective and type) when it has none yet. */
final class DemoBundles {
    private static final ShopId DEMO = DemoShopGenerator.SHOP_ID;
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private final StartBundleGeneration start;
    private final ListBundleRecommendations list;
    private final FindJob findJob;
    private final PrintStream out;

    DemoBundles(ApplicationContext context, PrintStream out) {
        this.start = context.getBean(StartBundleGeneration.class);
        this.list = context.getBean(ListBundleRecommendations.class);
        this.findJob = context.getBean(FindJob.class);
        this.out = out;
    }

    /** Generates the demo's bundles unless it has some; prints what came of it and the best one. */
    void ensure() {
        if (!best(1).isEmpty()) {
            return;
        }
        StartJob.Result result = start.execute(new StartBundleGeneration.Command(DEMO, Set.of(), Set.of(), null, true));
        if (!(result instanceof StartJob.Result.Started started)) {
            throw new IllegalStateException("the demo's bundle generation could not start: " + result);
        }
        Job job = AwaitedJob.end(findJob, started.job(), PATIENCE, "the demo's bundle generation");
        if (job.state() != JobState.SUCCEEDED) {
            throw new IllegalStateException("the demo's bundle generation " + job.state().wireName() + ": " + job.progress().message());
        }
        BundleGenerationReport report = (BundleGenerationReport) job.report().orElseThrow();
        out.printf(Locale.ROOT, "Generated %d bundles (%d association rules, %d waves) in %.1f s.%n", report.published(), report.rules(),
                report.waves(), job.startedAt().flatMap(s -> job.finishedAt().map(f -> Duration.between(s, f).toMillis() / 1e3))
                        .orElse(0.0));
        for (BundleRecommendation r : best(1)) {
            var price = r.proposal().bundle().priced().price();
            out.printf(Locale.ROOT, "  best: %s, %s %s instead of %s (%s)%n", r.proposal().copy().title(), price.price().toPlainString(),
                    price.currency().getCurrencyCode(), price.listPrice().toPlainString(), r.proposal().bundle().explanation().reasons()
                            .getFirst());
        }
    }

    private List<BundleRecommendation> best(int limit) {
        return ((ListBundleRecommendations.Result.Listed) list.execute(RecommendationQuery.all(DEMO, limit))).recommendations();
    }
}
