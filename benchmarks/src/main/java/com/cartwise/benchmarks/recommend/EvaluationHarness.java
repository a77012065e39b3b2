package com.cartwise.benchmarks.recommend;

import com.cartwise.application.recommend.EvaluateBaskets;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.evaluation.EvaluationReport;
import com.cartwise.domain.recommend.evaluation.EvaluationSettings;
import com.cartwise.domain.recommend.evaluation.Measure;
import com.cartwise.domain.recommend.evaluation.PrimaryMeasure;
import com.cartwise.domain.recommend.evaluation.Protocol;
import com.cartwise.domain.recommend.evaluation.Role;
import com.cartwise.domain.recommend.evaluation.ScorerResult;
import com.cartwise.domain.recommend.learning.CandidateGrid;
import com.cartwise.domain.recommend.learning.RecommenderTraining;
import com.cartwise.domain.recommend.learning.Tunables;
import com.cartwise.domain.recommend.scoring.Combiner;
import com.cartwise.domain.recommend.scoring.CountFormula;
import com.cartwise.domain.recommend.scoring.CountScore;
import com.cartwise.domain.recommend.scoring.Scorer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The quality table of docs/EVALUATION.md: each public basket data set evaluated exactly as a
 * shop's training evaluates it (same split, protocols, candidates and choice), and the target
 * checked: the chosen candidate beats the best reference metric by 10 % relative at HitRate@2 and
 * HitRate@10 (last-item protocol) and is never below popularity.
 *
 * <pre>
 * java -cp &lt;benchmarks classpath&gt; com.cartwise.benchmarks.recommend.EvaluationHarness [options] [data set ...]
 *   data sets: bread-basket groceries fimi-retail uci-online-retail (default: all four), synthetic (the generated shop)
 *   --table          print each full evaluation table too
 *   --markdown       print each data set's rows as a Markdown table (the main measures)
 *   --order-blind    leave out the scorers that read line order (sequence, +recent)
 *   --tried          evaluate every scorer tried, the dropped ones too
 *   --max-cases N    cases per protocol (default: training's)
 *   --holdout        check the choice on orders it never saw: choose on the oldest 85 % (70 % train, 15 % validate),
 *                    then compare the chosen scorer with the reference on the newest 15 %
 * </pre>
 */
public final class EvaluationHarness {
    private static final double TARGET = 1.10;
    /** The generated million-order shop, by its name on the command line. */
    private static final String SYNTHETIC = "synthetic";
    private static final PrimaryMeasure HR2 = new PrimaryMeasure(Protocol.LAST_ITEM, Measure.HIT_RATE, 2);
    private static final PrimaryMeasure HR10 = new PrimaryMeasure(Protocol.LAST_ITEM, Measure.HIT_RATE, 10);

    private EvaluationHarness() {
    }

    public static void main(String[] args) {
        List<String> sets = new ArrayList<>();
        boolean table = false;
        boolean markdown = false;
        boolean orderBlind = false;
        boolean tried = false;
        boolean holdout = false;
        int maxCases = EvaluationSettings.DEFAULT_MAX_CASES;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--table" -> table = true;
                case "--markdown" -> markdown = true;
                case "--order-blind" -> orderBlind = true;
                case "--tried" -> tried = true;
                case "--holdout" -> holdout = true;
                case "--max-cases" -> maxCases = Integer.parseInt(args[++i]);
                default -> sets.add(args[i]);
            }
        }
        if (sets.isEmpty()) {
            Arrays.stream(BasketFiles.values()).map(BasketFiles::id).forEach(sets::add);
        }
        EvaluationSettings settings = new EvaluationSettings(EvaluationSettings.DEFAULT_TRAIN_SHARE, EvaluationSettings.DEFAULT_KS,
                PrimaryMeasure.DEFAULT, maxCases);
        List<Scorer> candidates = candidates(tried, orderBlind);
        List<String> details = new ArrayList<>();
        System.out.printf(Locale.ROOT, "| data set | orders | cases | best reference HR@2 / HR@10 | popularity HR@2 / HR@10 | chosen |"
                + " chosen HR@2 / HR@10 | vs reference | target | evaluate s |%n|---|---|---|---|---|---|---|---|---|---|%n");
        for (String id : sets) {
            Baskets baskets;
            if (id.equals(SYNTHETIC)) {
                baskets = SyntheticBaskets.baskets(SyntheticBaskets.millionOrders(), 0, 1_000_000);
            } else {
                BasketFiles file = BasketFiles.byId(id);
                if (!Files.exists(file.path())) {
                    System.out.println("| " + id + " | skipped: " + file.path() + " is absent |");
                    continue;
                }
                baskets = file.load();
            }
            long started = System.nanoTime();
            EvaluationReport report;
            if (holdout) {
                report = heldOut(baskets, settings, candidates);
            } else {
                report = new RecommenderTraining(Tunables.DEFAULT, settings, candidates).evaluate(baskets);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.println(row(id, baskets, report, seconds));
            if (table) {
                details.add(new EvaluateBaskets.Result(report, settings).table(EvaluateBaskets.Format.TEXT));
            }
            if (markdown) {
                details.add(markdown(id, report));
            }
        }
        details.forEach(System.out::println);
    }

    private static String row(String id, Baskets baskets, EvaluationReport report, double seconds) {
        ScorerResult reference2 = report.best(Role.REFERENCE, HR2).orElseThrow();
        ScorerResult reference10 = report.best(Role.REFERENCE, HR10).orElseThrow();
        ScorerResult popularity = report.withRole(Role.POPULARITY).getFirst();
        ScorerResult chosen = report.result(report.chosen().orElseThrow(), Role.CANDIDATE).orElseThrow();
        double gain2 = chosen.value(HR2) / reference2.value(HR2);
        double gain10 = chosen.value(HR10) / reference10.value(HR10);
        boolean aboveReference = gain2 >= TARGET && gain10 >= TARGET;
        boolean abovePopularity = chosen.value(HR2) >= popularity.value(HR2) && chosen.value(HR10) >= popularity.value(HR10);
        return String.format(Locale.ROOT, "| %s | %,d | %,d | %.4f (%s) / %.4f (%s) | %.4f / %.4f | %s | %.4f / %.4f | %+.1f%% / %+.1f%% | %s | %.1f |",
                id, baskets.size(), report.cases(Protocol.LAST_ITEM), reference2.value(HR2), reference2.name(), reference10.value(HR10),
                reference10.name(), popularity.value(HR2), popularity.value(HR10), chosen.name(), chosen.value(HR2), chosen.value(HR10),
                100 * (gain2 - 1), 100 * (gain10 - 1),
                aboveReference && abovePopularity ? "met" : aboveReference ? "below popularity" : abovePopularity ? "short of +10%" : "missed",
                seconds);
    }

    /**
     * The choice made on the oldest 85 % of orders (70 % train, 15 % validate), judged on the newest
     * 15 % with a model trained on the 85 %: the report of the second evaluation, its choice replaced by the first's.
     */
    private static EvaluationReport heldOut(Baskets baskets, EvaluationSettings settings, List<Scorer> candidates) {
        Baskets sorted = baskets.oldestFirst();
        int seen = (int) Math.floor(sorted.size() * 0.85);
        EvaluationSettings choosing = new EvaluationSettings(70.0 / 85, settings.ks(), settings.primary(), settings.maxCases());
        EvaluationReport choice = new RecommenderTraining(Tunables.DEFAULT, choosing, candidates).evaluate(sorted.slice(0, seen));
        EvaluationSettings judging = new EvaluationSettings(0.85, settings.ks(), settings.primary(), settings.maxCases());
        EvaluationReport later = new RecommenderTraining(Tunables.DEFAULT, judging, candidates).evaluate(sorted);
        return new EvaluationReport(later.trainingOrders(), later.validationOrders(), later.primary(), later.results(), choice.chosen());
    }

    private static String markdown(String id, EvaluationReport report) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n#### %s: %,d + %,d cases (last item + each item)%n%n", id,
                report.cases(Protocol.LAST_ITEM), report.cases(Protocol.EACH_ITEM)));
        out.append("| scorer | role | last item HR@2 | HR@5 | HR@10 | NDCG@10 | MRR@10 | Cov@10 | each item HR@2 | HR@10 |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (ScorerResult r : report.results()) {
            boolean chosen = r.role() == Role.CANDIDATE && report.chosen().filter(r.name()::equals).isPresent();
            var last = r.result(Protocol.LAST_ITEM);
            out.append(String.format(Locale.ROOT, "| %s%s | %s | %.4f | %.4f | %.4f | %.4f | %.4f | %.3f | %s | %s |%n",
                    chosen ? "**" + r.name() + "**" : r.name(), chosen ? " (chosen)" : "", r.role().wireName(),
                    last.value(Measure.HIT_RATE, 2), last.value(Measure.HIT_RATE, 5), last.value(Measure.HIT_RATE, 10),
                    last.value(Measure.NDCG, 10), last.value(Measure.MRR, 10), last.value(Measure.COVERAGE, 10),
                    r.has(Protocol.EACH_ITEM) ? String.format(Locale.ROOT, "%.4f", r.result(Protocol.EACH_ITEM).value(Measure.HIT_RATE, 2)) : "",
                    r.has(Protocol.EACH_ITEM) ? String.format(Locale.ROOT, "%.4f", r.result(Protocol.EACH_ITEM).value(Measure.HIT_RATE, 10)) : ""));
        }
        return out.toString();
    }

    private static List<Scorer> candidates(boolean tried, boolean orderBlind) {
        List<Scorer> list = new ArrayList<>(CandidateGrid.of(Tunables.DEFAULT));
        if (tried) {
            for (CountFormula f : List.of(CountFormula.LIFT, CountFormula.JACCARD, CountFormula.INCLUSION, CountFormula.WILSON,
                    CountFormula.MUTUAL_INFORMATION)) {
                list.add(Scorer.summing(CountScore.of(f)));
            }
            for (CountFormula f : List.of(CountFormula.COSINE, CountFormula.CONFIDENCE, CountFormula.LIFT)) {
                list.add(Scorer.summing(new CountScore(f, 2, 0)));
                list.add(Scorer.summing(new CountScore(f, 10, 0)));
                list.add(new Scorer(CountScore.of(f), Combiner.MAX));
            }
            list.add(Scorer.summing(CountScore.of(CountFormula.CONFIDENCE)));
            list.add(Scorer.summing(new CountScore(CountFormula.CONFIDENCE, 0, 30)));
            list.add(Scorer.summing(new CountScore(CountFormula.COSINE, 0, 90)));
            list.add(Scorer.summing(new com.cartwise.domain.recommend.scoring.Rp3Beta(0.5, 0.3)));
            list.add(Scorer.summing(new com.cartwise.domain.recommend.scoring.Ease(100, Tunables.DEFAULT.easeMaxVariants())));
            list.add(new Scorer(Tunables.DEFAULT_RP3BETA.getFirst(), Combiner.MAX));
        }
        if (orderBlind) {
            list.removeIf(s -> s.combiner() == Combiner.RECENT
                    || (s.score() instanceof CountScore c && c.formula() == CountFormula.SEQUENCE));
        }
        return list;
    }
}
