package com.cartwise.domain.recommend;

import com.cartwise.domain.orders.Basket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Measures each metric on the shop's own orders, as the reference POS recommender does: the
 * oldest {@code trainShare} of orders train a model; for every later order with at least two
 * variants the last one is held out and the rest is the cart; a hit is the held-out variant among
 * the top {@code k} candidates ranked against the whole catalogue the model knows.
 */
public final class OfflineEvaluation {
    public static final int DEFAULT_K = 2;
    public static final double DEFAULT_TRAIN_SHARE = 0.8;

    private final int k;
    private final double trainShare;

    public OfflineEvaluation(int k, double trainShare) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, but was " + k);
        }
        if (!(trainShare > 0 && trainShare < 1)) {
            throw new IllegalArgumentException("trainShare must be between 0 and 1, but was " + trainShare);
        }
        this.k = k;
        this.trainShare = trainShare;
    }

    public static OfflineEvaluation standard() {
        return new OfflineEvaluation(DEFAULT_K, DEFAULT_TRAIN_SHARE);
    }

    /** @param baskets the shop's baskets; sorted here by time (stably), so no future order can leak into training */
    public EvaluationReport evaluate(List<Basket> baskets) {
        List<Basket> oldestFirst = new ArrayList<>(baskets);
        oldestFirst.sort(Comparator.comparing(Basket::placedAt));
        int split = (int) Math.floor(oldestFirst.size() * trainShare);
        List<Basket> training = oldestFirst.subList(0, split);
        List<Basket> validation = oldestFirst.subList(split, oldestFirst.size());
        CoOccurrenceModel model = CoOccurrenceModel.learn(training);
        List<MetricEvaluation> results = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            results.add(evaluate(model, validation, metric));
        }
        return new EvaluationReport(training.size(), validation.size(), results);
    }

    private MetricEvaluation evaluate(CoOccurrenceModel model, List<Basket> validation, Metric metric) {
        int cases = 0;
        int hits = 0;
        // Without titles offline, ties go to the lower variant id: deterministic, and neutral.
        Comparator<CoOccurrenceModel.Candidate> byVariantId = Comparator.comparingInt(CoOccurrenceModel.Candidate::index);
        for (Basket basket : validation) {
            if (basket.size() < 2) {
                continue;
            }
            cases++;
            long heldOut = basket.variantId(basket.size() - 1);
            int[] cart = Arrays.stream(basket.variantIds(), 0, basket.size() - 1)
                    .mapToInt(model::indexOf).filter(i -> i >= 0).toArray();
            int target = model.indexOf(heldOut);
            if (cart.length == 0 || target < 0) {
                continue;
            }
            for (CoOccurrenceModel.Candidate c : model.rank(cart, metric, k, i -> true, byVariantId)) {
                if (c.index() == target) {
                    hits++;
                    break;
                }
            }
        }
        return new MetricEvaluation(metric, k, cases, hits);
    }
}
