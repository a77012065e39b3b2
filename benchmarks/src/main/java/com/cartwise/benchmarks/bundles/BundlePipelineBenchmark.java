package com.cartwise.benchmarks.bundles;

import com.cartwise.benchmarks.mining.Timings;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Deduplication;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.candidates.CandidateGeneration;
import com.cartwise.domain.bundles.candidates.CandidateRequest;
import com.cartwise.domain.bundles.candidates.CandidateSet;
import com.cartwise.domain.bundles.candidates.CandidateSettings;
import com.cartwise.domain.bundles.copy.CopyWriting;
import com.cartwise.domain.bundles.copy.ProposedBundle;
import com.cartwise.domain.bundles.enrichment.Enrichment;
import com.cartwise.domain.bundles.enrichment.EnrichmentSettings;
import com.cartwise.domain.bundles.enrichment.ShopProfile;
import com.cartwise.domain.bundles.explanation.ExplainedBundle;
import com.cartwise.domain.bundles.explanation.Explaining;
import com.cartwise.domain.bundles.objectives.FlagThresholds;
import com.cartwise.domain.bundles.objectives.FlaggedShop;
import com.cartwise.domain.bundles.objectives.ProductFlagging;
import com.cartwise.domain.bundles.publishing.PublishingWaves;
import com.cartwise.domain.bundles.quickstart.QuickStart;
import com.cartwise.domain.bundles.quickstart.QuickStartSettings;
import com.cartwise.domain.bundles.ranking.RankedCandidate;
import com.cartwise.domain.bundles.ranking.Ranking;
import com.cartwise.domain.bundles.ranking.RankingSettings;
import com.cartwise.domain.mining.Progress;
import com.cartwise.domain.pricing.PricedBundle;
import com.cartwise.domain.pricing.Pricing;
import com.cartwise.domain.pricing.PricingPolicy;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The bundle pipeline's domain phases (AI copy off) on a generated shop, the target being
 * 100,000 orders and 5,000 products in at most 5 s, and quick start in at most 1 s. Every
 * objective and every bundle type is targeted. Each run does quick start first, then the full
 * pipeline, as a first install does. Prints the first (cold) run per phase, then min/median/max
 * of the warm runs.
 *
 * <pre>
 * ./mvnw -q -o -pl benchmarks -am -DskipTests package
 * java -Xmx2g -cp domain/target/classes:benchmarks/target/classes \
 *     com.cartwise.benchmarks.bundles.BundlePipelineBenchmark [--orders 100000] [--products 5000] [--seed 7] [--warmup 3] [--runs 5]
 * </pre>
 */
public final class BundlePipelineBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private BundlePipelineBenchmark() {
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        int orders = Integer.parseInt(options.getOrDefault("--orders", "100000"));
        int products = Integer.parseInt(options.getOrDefault("--products", "5000"));
        long seed = Long.parseLong(options.getOrDefault("--seed", "7"));
        int warmup = Integer.parseInt(options.getOrDefault("--warmup", "3"));
        int runs = Math.max(1, Integer.parseInt(options.getOrDefault("--runs", "5")));

        long start = System.nanoTime();
        GeneratedShop shop = GeneratedShop.generate(products, orders, seed);
        System.out.printf(Locale.ROOT, "generated %,d products (%,d variants), %,d orders, %,d lines in %.0f ms (seed %d); %s, %d cores%n",
                products, shop.catalogue().entries().size(), shop.orders().size(),
                shop.orders().stream().mapToInt(o -> o.lines().size()).sum(), (System.nanoTime() - start) / 1e6, seed, Runtime.version(),
                Runtime.getRuntime().availableProcessors());

        Map<String, Timings> phases = new LinkedHashMap<>();
        Timings quick = new Timings("quick start");
        for (int i = 0; i < warmup + runs; i++) {
            boolean cold = i == 0;
            // quick start first, as on a first install; then the full pipeline that replaces its bundles
            long q0 = System.nanoTime();
            long qCpu = CPU.getCurrentThreadCpuTime();
            List<ProposedBundle> quickBundles = new QuickStart(QuickStartSettings.DEFAULTS).generate(shop.catalogue(), shop.orders(), shop.asOf(),
                    Progress.NONE);
            long q = System.nanoTime() - q0;
            if (cold) {
                System.out.printf(Locale.ROOT, "cold first run (wall; this thread's CPU in brackets: a gap is the machine's other load or the JIT):%n"
                        + "  %-22s %8.1f ms  [%.0f ms]  (%d bundles)%n", "quick start", q / 1e6, (CPU.getCurrentThreadCpuTime() - qCpu) / 1e6,
                        quickBundles.size());
            }
            Run run = new Run(shop, cold);
            run.all();
            if (cold) {
                System.out.printf(Locale.ROOT, "  %-22s %8.1f ms%n", "full pipeline", run.total / 1e6);
                System.out.println("top bundle: " + run.top);
            }
            if (i >= warmup) {
                quick.add(q);
                run.times.forEach((phase, nanos) -> phases.computeIfAbsent(phase, Timings::new).add(nanos));
                phases.computeIfAbsent("full pipeline", Timings::new).add(run.total);
            }
        }
        System.out.println("warm runs, after " + warmup + " warm-up runs:");
        phases.values().forEach(t -> System.out.println("  " + t));
        System.out.println("  " + quick);
    }

    /** One run of every phase, in order, timed. */
    private static final class Run {
        final GeneratedShop shop;
        final boolean verbose;
        final Map<String, Long> times = new LinkedHashMap<>();
        long total;
        String top = "";

        Run(GeneratedShop shop, boolean verbose) {
            this.shop = shop;
            this.verbose = verbose;
        }

        void all() {
            long start = System.nanoTime();
            ShopProfile profile = phase("enrichment", () -> new Enrichment(EnrichmentSettings.DEFAULTS).enrich(shop.catalogue(), shop.orders(),
                    shop.asOf(), Progress.NONE), p -> p.variants().size() + " variants profiled");
            FlaggedShop flagged = phase("objectives (flags)", () -> new ProductFlagging(FlagThresholds.DEFAULTS).flag(profile, Progress.NONE),
                    f -> f.productFlags().values().stream().filter(s -> !s.isEmpty()).count() + " products flagged");
            CandidateSet candidates = phase("candidates", () -> new CandidateGeneration(CandidateSettings.DEFAULTS).generate(
                    new CandidateRequest(flagged, shop.orders(), List.of(), EnumSet.allOf(Objective.class), EnumSet.allOf(BundleType.class)),
                    Progress.NONE), c -> c.candidates().size() + " candidates, " + c.rules().size() + " rules, " + c.evidenceSets()
                    + " evidence sets, " + c.fallbackSets() + " fallback sets");
            Deduplication.Result distinct = phase("deduplication", () -> new Deduplication().deduplicate(candidates.candidates(), Progress.NONE),
                    d -> d.candidates().size() + " distinct");
            List<RankedCandidate> ranked = phase("ranking", () -> new Ranking(RankingSettings.DEFAULTS).rank(distinct.candidates(), flagged,
                    Progress.NONE), r -> r.size() + " kept");
            List<PricedBundle> priced = phase("pricing", () -> new Pricing(PricingPolicy.DEFAULTS).price(ranked, profile, List.of(), Progress.NONE),
                    p -> p.size() + " priced");
            List<ExplainedBundle> explained = phase("explanation", () -> new Explaining(FlagThresholds.DEFAULTS).explain(priced, flagged,
                    Progress.NONE), e -> e.size() + " explained");
            List<ProposedBundle> proposed = phase("copy (template)", () -> new CopyWriting().write(explained, profile, Progress.NONE),
                    p -> p.size() + " written");
            phase("publishing waves", () -> PublishingWaves.DEFAULT.waves(proposed), w -> w.size() + " waves");
            total = System.nanoTime() - start;
            if (!proposed.isEmpty()) {
                top = proposed.get(0).copy().title() + " — " + proposed.get(0).bundle().explanation().text();
            }
        }

        private <T> T phase(String name, Supplier<T> work, Function<T, String> summary) {
            long start = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            T result = work.get();
            long nanos = System.nanoTime() - start;
            times.put(name, nanos);
            if (verbose) {
                System.out.printf(Locale.ROOT, "  %-22s %8.1f ms  [%.0f ms]  (%s)%n", name, nanos / 1e6, (CPU.getCurrentThreadCpuTime() - cpu) / 1e6,
                        summary.apply(result));
            }
            return result;
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!List.of("--orders", "--products", "--seed", "--warmup", "--runs").contains(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; use --orders N --products N --seed S --warmup N --runs N");
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
