package com.cartwise.benchmarks.mining;

import com.cartwise.domain.mining.AssociationRule;
import com.cartwise.domain.mining.BasketSizeLimit;
import com.cartwise.domain.mining.FpGrowth;
import com.cartwise.domain.mining.FrequentItemsets;
import com.cartwise.domain.mining.MinSupport;
import com.cartwise.domain.mining.MiningParameters;
import com.cartwise.domain.mining.RuleMiner;
import com.cartwise.domain.mining.RuleParameters;
import com.cartwise.domain.mining.TransactionDatabase;
import com.cartwise.domain.mining.spmf.BasketFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * FP-Growth on the FIMI retail data set (88,162 baskets, 16,470 items), the mining target:
 * all frequent itemsets at 0.1% with no length cap in at most 2 s. A timed main rather than JMH,
 * because the figure that matters is also the first, cold run (what {@code cartwise mine} pays):
 * it prints the cold run, then warms up and prints min/median/max of the warm runs, for reading
 * the file, mining the itemsets and deriving the rules separately.
 *
 * <pre>
 * ./mvnw -q -o -pl benchmarks -am -DskipTests package
 * java -Xmx2g -cp domain/target/classes:benchmarks/target/classes \
 *     com.cartwise.benchmarks.mining.RetailMiningBenchmark [FILE] [--min-support 0.001] [--min-confidence 0.3] [--warmup 5] [--runs 10]
 * </pre>
 * FILE defaults to {@code ../shared/data/fimi-retail/retail.dat}, relative to the repository root
 * (run it from there).
 */
public final class RetailMiningBenchmark {
    static final String DEFAULT_FILE = "../shared/data/fimi-retail/retail.dat";

    private RetailMiningBenchmark() {
    }

    public static void main(String[] args) {
        Options options = Options.parse(args);
        Path file = Path.of(options.file);
        if (!Files.isRegularFile(file)) {
            System.err.println("No basket file at " + file.toAbsolutePath().normalize() + ". This benchmark mines the FIMI retail data set"
                    + " (../shared/data/fimi-retail/retail.dat next to the repository); run it from the repository root or pass the"
                    + " file's path as the first argument.");
            System.exit(2);
        }
        System.out.printf(Locale.ROOT, "FP-Growth on %s at min support %s, rules at min confidence %s; %s, %d cores%n", file,
                options.minSupport, options.minConfidence, Runtime.version(), Runtime.getRuntime().availableProcessors());

        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Run cold = Run.once(file, options);
        cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu;
        System.out.printf(Locale.ROOT, "cold first run: read %.1f ms, mine %.1f ms, rules %.1f ms, total %.1f ms (this thread's CPU: %.0f ms)%n",
                cold.readNanos / 1e6, cold.mineNanos / 1e6, cold.ruleNanos / 1e6, (cold.readNanos + cold.mineNanos + cold.ruleNanos) / 1e6,
                cpu / 1e6);
        System.out.printf(Locale.ROOT, "%,d baskets, %,d items, min count %d: %,d frequent itemsets (longest %d items), %,d rules%n",
                cold.database.transactionCount(), cold.database.itemCount(), cold.itemsets.minCount(), cold.itemsets.size(),
                longest(cold.itemsets), cold.rules.size());

        for (int i = 0; i < options.warmup; i++) {
            Run.once(file, options);
        }
        Timings read = new Timings("read file");
        Timings mine = new Timings("mine itemsets");
        Timings rules = new Timings("derive rules");
        Timings total = new Timings("read + mine + rules");
        for (int i = 0; i < options.runs; i++) {
            Run run = Run.once(file, options);
            read.add(run.readNanos);
            mine.add(run.mineNanos);
            rules.add(run.ruleNanos);
            total.add(run.readNanos + run.mineNanos + run.ruleNanos);
        }
        System.out.println("warm runs, after " + options.warmup + " warm-up runs:");
        System.out.println("  " + read);
        System.out.println("  " + mine);
        System.out.println("  " + rules);
        System.out.println("  " + total);
    }

    private static int longest(FrequentItemsets itemsets) {
        int longest = 0;
        for (int i = 0; i < itemsets.size(); i++) {
            longest = Math.max(longest, itemsets.length(i));
        }
        return longest;
    }

    private record Run(TransactionDatabase database, FrequentItemsets itemsets, List<AssociationRule> rules, long readNanos,
                       long mineNanos, long ruleNanos) {
        static Run once(Path file, Options options) {
            long start = System.nanoTime();
            TransactionDatabase database;
            try (InputStream in = Files.newInputStream(file)) {
                database = BasketFileReader.read(in, BasketSizeLimit.DEFAULT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long read = System.nanoTime();
            FrequentItemsets itemsets = FpGrowth.mine(database, MiningParameters.of(MinSupport.fraction(options.minSupport)));
            long mined = System.nanoTime();
            List<AssociationRule> rules = RuleMiner.rules(itemsets, RuleParameters.minConfidence(options.minConfidence));
            long derived = System.nanoTime();
            return new Run(database, itemsets, rules, read - start, mined - read, derived - mined);
        }
    }

    private static final class Options {
        String file = DEFAULT_FILE;
        double minSupport = 0.001;
        double minConfidence = 0.3;
        int warmup = 5;
        int runs = 10;

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--min-support" -> options.minSupport = Double.parseDouble(args[++i]);
                    case "--min-confidence" -> options.minConfidence = Double.parseDouble(args[++i]);
                    case "--warmup" -> options.warmup = Integer.parseInt(args[++i]);
                    case "--runs" -> options.runs = Math.max(1, Integer.parseInt(args[++i]));
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]
                                    + "; use [FILE] [--min-support S] [--min-confidence C] [--warmup N] [--runs N]");
                        }
                        options.file = args[i];
                    }
                }
            }
            return options;
        }
    }
}
