package com.cartwise.domain.recommend.learning;

import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.DenseBaskets;
import com.cartwise.domain.recommend.evaluation.Evaluation;
import com.cartwise.domain.recommend.evaluation.EvaluationReport;
import com.cartwise.domain.recommend.evaluation.EvaluationSettings;
import com.cartwise.domain.recommend.evaluation.ScorerResult;
import com.cartwise.domain.recommend.evaluation.TimeSplit;
import com.cartwise.domain.recommend.scoring.NeighbourTable;
import com.cartwise.domain.recommend.scoring.PairScore;
import com.cartwise.domain.recommend.scoring.Scorer;
import com.cartwise.domain.recommend.scoring.TrainingCounts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trains a shop's recommender: the oldest orders train every candidate scorer, the newer ones
 * judge them (see {@link Evaluation}), the primary measure chooses, and the chosen scorer is
 * learned again from all orders. {@link #evaluate} stops after the judging, for the offline CLI.
 */
public final class RecommenderTraining {
    private final Tunables tunables;
    private final EvaluationSettings settings;
    private final List<Scorer> grid;

    public RecommenderTraining(Tunables tunables, EvaluationSettings settings) {
        this(tunables, settings, CandidateGrid.of(tunables));
    }

    /** Training over another set of candidates than the standard grid (offline experiments). */
    public RecommenderTraining(Tunables tunables, EvaluationSettings settings, List<Scorer> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("training needs at least one candidate scorer");
        }
        this.tunables = tunables;
        this.settings = settings;
        this.grid = List.copyOf(candidates);
    }

    public static RecommenderTraining standard() {
        return new RecommenderTraining(Tunables.DEFAULT, EvaluationSettings.DEFAULT);
    }

    public Tunables tunables() {
        return tunables;
    }

    public EvaluationSettings settings() {
        return settings;
    }

    public List<Scorer> candidates() {
        return grid;
    }

    /** A scorer by its wire name, e.g. {@code cosine} or {@code rp3beta(alpha=1,beta=0.5)+recent}. */
    public Scorer scorer(String wireName) {
        return Scorer.fromWireName(wireName, tunables.easeMaxVariants());
    }

    /** The evaluation report of every candidate on the orders, and the one the primary measure chooses. */
    public EvaluationReport evaluate(Baskets baskets) {
        return evaluate(baskets, grid);
    }

    /** A model and the report behind it. */
    public record Trained(LearnedModel model, EvaluationReport report) {
    }

    /**
     * Evaluates, then learns from all orders the scorer asked for or, without one, the chosen one
     * (a scorer asked for but not in the grid is evaluated beside the grid).
     */
    public Trained train(Baskets baskets, Optional<Scorer> asked) {
        List<Scorer> candidates = new ArrayList<>(grid);
        asked.filter(s -> candidates.stream().noneMatch(c -> c.wireName().equals(s.wireName()))).ifPresent(candidates::add);
        EvaluationReport report = evaluate(baskets, candidates);
        Scorer scorer = asked.orElseGet(() -> report.chosen().map(this::scorer).orElse(grid.getFirst()));
        DenseBaskets all = DenseBaskets.of(baskets.oldestFirst());
        LearnedModel model = LearnedModel.build(TrainingCounts.learn(all), scorer, tunables.neighbours());
        return new Trained(model, report);
    }

    private EvaluationReport evaluate(Baskets baskets, List<Scorer> candidates) {
        TimeSplit split = TimeSplit.of(baskets, settings.trainShare());
        DenseBaskets training = DenseBaskets.of(split.training());
        DenseBaskets validation = DenseBaskets.of(split.validation(), training.variantIds());
        TrainingCounts counts = TrainingCounts.learn(training);
        Map<PairScore, NeighbourTable> tables = new HashMap<>();
        List<Evaluation.Candidate> rows = new ArrayList<>();
        for (Scorer s : candidates) {
            NeighbourTable table = tables.computeIfAbsent(s.score(), k -> Scorer.summing(k).table(counts, tunables.neighbours()));
            rows.add(new Evaluation.Candidate(s.wireName(), s.simplicity(), table, s.combiner()));
        }
        List<ScorerResult> results = Evaluation.run(counts, validation, rows, settings);
        return EvaluationReport.choosing(split.training().size(), split.validation().size(), settings.primary(), results);
    }
}
