package com.cartwise.domain.recommend.evaluation;

import com.cartwise.domain.recommend.AllCores;
import com.cartwise.domain.recommend.CoOccurrenceModel;
import com.cartwise.domain.recommend.DenseBaskets;
import com.cartwise.domain.recommend.Metric;
import com.cartwise.domain.recommend.scoring.Combiner;
import com.cartwise.domain.recommend.scoring.NeighbourTable;
import com.cartwise.domain.recommend.scoring.Popularity;
import com.cartwise.domain.recommend.scoring.Ranker;
import com.cartwise.domain.recommend.scoring.TopList;
import com.cartwise.domain.recommend.scoring.TrainingCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Measures every row of a report in one pass over each protocol's cases: the four reference
 * metrics (exactly as the reference ranks them, under the reference's own last-item protocol
 * only: summing every neighbour of a best seller is what makes them costly), popularity, and each
 * candidate as it would be served (its neighbour table, its combiner, best sellers filling empty
 * slots). Cases are spread over all cores; each thread tallies on its own and the integer tallies
 * are merged at the end.
 */
public final class Evaluation {
    public static final String POPULARITY = "popularity";
    /** Cases handed to a thread at a time. */
    private static final int CHUNK = 256;

    /** A candidate as it would be served. */
    public record Candidate(String name, int simplicity, NeighbourTable table, Combiner combiner) {
    }

    private Evaluation() {
    }

    /**
     * @param training counts of the training orders
     * @param validation the validation orders over the training model's variant indices (-1 for a variant it lacks)
     */
    public static List<ScorerResult> run(TrainingCounts training, DenseBaskets validation, List<Candidate> candidates,
                                         EvaluationSettings settings) {
        CoOccurrenceModel model = training.model();
        Popularity popularity = Popularity.of(model);
        ReferenceRanking.Factors factors = ReferenceRanking.Factors.of(model);
        NeighbourTable none = NeighbourTable.fromParts(new int[model.variants() + 1], new int[0], new double[0]);
        int rows = Metric.values().length + 1 + candidates.size();
        List<List<ProtocolResult>> results = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            results.add(new ArrayList<>());
        }
        for (Protocol protocol : Protocol.values()) {
            Cases cases = Cases.of(validation, protocol, settings.maxCases());
            Queue<Worker> workers = new ConcurrentLinkedQueue<>();
            ThreadLocal<Worker> local = ThreadLocal.withInitial(() -> {
                Worker w = new Worker(model, factors, rows, candidates, settings.maxK());
                workers.add(w);
                return w;
            });
            AllCores.forEach(cases.size(), CHUNK, c -> local.get().judge(validation, cases.basket[c], cases.heldOut[c],
                    protocol == Protocol.LAST_ITEM, popularity, none, candidates));
            Tally[] merged = Worker.tallies(rows, settings.maxK(), model.variants());
            for (Worker w : workers) {
                for (int r = 0; r < rows; r++) {
                    merged[r].add(w.tallies[r]);
                }
            }
            for (int r = protocol == Protocol.LAST_ITEM ? 0 : Metric.values().length; r < rows; r++) {
                results.get(r).add(merged[r].result(protocol));
            }
        }
        List<ScorerResult> report = new ArrayList<>();
        for (Metric m : Metric.values()) {
            report.add(new ScorerResult(m.wireName(), Role.REFERENCE, m.ordinal(), results.get(m.ordinal())));
        }
        report.add(new ScorerResult(POPULARITY, Role.POPULARITY, 0, results.get(Metric.values().length)));
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            report.add(new ScorerResult(c.name(), Role.CANDIDATE, c.simplicity(), results.get(Metric.values().length + 1 + i)));
        }
        return report;
    }

    /** One thread's rankers, lists and tallies. */
    private static final class Worker {
        final ReferenceRanking reference;
        final TopList[] referenceTops;
        final TopList top;
        final Tally[] tallies;
        int[] cart = new int[16];

        Worker(CoOccurrenceModel model, ReferenceRanking.Factors factors, int rows, List<Candidate> candidates,
               int maxK) {
            reference = new ReferenceRanking(factors);
            referenceTops = new TopList[Metric.values().length];
            for (int m = 0; m < referenceTops.length; m++) {
                referenceTops[m] = new TopList(maxK, false);
            }
            top = new TopList(maxK, false);
            tallies = tallies(rows, maxK, model.variants());
        }

        static Tally[] tallies(int rows, int maxK, int variants) {
            Tally[] tallies = new Tally[rows];
            for (int r = 0; r < rows; r++) {
                tallies[r] = new Tally(maxK, variants);
            }
            return tallies;
        }

        void judge(DenseBaskets validation, int basket, int heldOut, boolean withReference, Popularity popularity,
                   NeighbourTable none, List<Candidate> candidates) {
            int size = validation.basketSize(basket);
            if (cart.length < size) {
                cart = new int[size * 2];
            }
            int length = 0;
            for (int p = 0; p < size; p++) {
                int item = validation.item(basket, p);
                if (p != heldOut && item >= 0) {
                    cart[length++] = item;
                }
            }
            int target = validation.item(basket, heldOut);
            int row = 0;
            if (withReference) {
                reference.rank(cart, length, referenceTops);
                for (TopList t : referenceTops) {
                    tallies[row++].record(t, target);
                }
            } else {
                row = referenceTops.length;
            }
            Ranker.rank(none, Combiner.SUM, cart, length, popularity, null, null, top);
            tallies[row++].record(top, target);
            for (Candidate c : candidates) {
                Ranker.rank(c.table(), c.combiner(), cart, length, popularity, null, null, top);
                tallies[row++].record(top, target);
            }
        }
    }
}
