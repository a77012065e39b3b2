package com.cartwise.domain.recommend.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The offline evaluation behind a model: the time split, each scorer's results under each
 * protocol, and the candidate the primary measure chose.
 *
 * @param trainingOrders the oldest orders, which trained the models under evaluation
 * @param validationOrders the newer orders, whose items were held out
 * @param chosen the best candidate by {@code primary}, ties to the simpler one; empty with no candidate
 */
public record EvaluationReport(int trainingOrders, int validationOrders, PrimaryMeasure primary, List<ScorerResult> results,
                               Optional<String> chosen) {
    public EvaluationReport {
        if (primary == null || chosen == null) {
            throw new IllegalArgumentException("a report names its primary measure and (possibly empty) choice");
        }
        results = List.copyOf(results);
    }

    /** A report whose choice is the best candidate by {@code primary}. */
    public static EvaluationReport choosing(int trainingOrders, int validationOrders, PrimaryMeasure primary,
                                            List<ScorerResult> results) {
        return new EvaluationReport(trainingOrders, validationOrders, primary, results, best(results, primary));
    }

    /**
     * The candidate with the best primary measure; on a tie the simpler, then the name first in
     * alphabetical order. With no case to judge by, every candidate ties, so the simplest wins.
     * A candidate that does worse than best sellers alone, by the primary measure at its K or at
     * the longest list measured, is chosen only when every candidate does: a shop is never served
     * something its own orders show to be worse than popularity.
     */
    static Optional<String> best(List<ScorerResult> results, PrimaryMeasure primary) {
        List<ScorerResult> candidates = results.stream().filter(r -> r.role() == Role.CANDIDATE && r.has(primary.protocol())).toList();
        Optional<ScorerResult> popularity = results.stream().filter(r -> r.role() == Role.POPULARITY && r.has(primary.protocol()))
                .findFirst();
        List<ScorerResult> notWorse = popularity.map(p -> candidates.stream().filter(c -> notWorse(c, p, primary)).toList())
                .orElse(candidates);
        return (notWorse.isEmpty() ? candidates : notWorse).stream()
                .max(Comparator.comparingDouble((ScorerResult r) -> r.value(primary))
                        .thenComparing(ScorerResult::simplicity, Comparator.reverseOrder())
                        .thenComparing(ScorerResult::name, Comparator.reverseOrder()))
                .map(ScorerResult::name);
    }

    private static boolean notWorse(ScorerResult candidate, ScorerResult popularity, PrimaryMeasure primary) {
        ProtocolResult c = candidate.result(primary.protocol());
        ProtocolResult p = popularity.result(primary.protocol());
        int longest = Math.min(c.maxK(), p.maxK());
        for (int k : new int[] {Math.min(primary.k(), longest), longest}) {
            if (c.value(primary.measure(), k) < p.value(primary.measure(), k)) {
                return false;
            }
        }
        return true;
    }

    /** Cases of the protocol (the same for every row). */
    public int cases(Protocol protocol) {
        return results.stream().filter(r -> r.has(protocol)).findFirst().map(r -> r.result(protocol).cases()).orElse(0);
    }

    public Optional<ScorerResult> result(String name, Role role) {
        return results.stream().filter(r -> r.name().equals(name) && r.role() == role).findFirst();
    }

    public List<ScorerResult> withRole(Role role) {
        return results.stream().filter(r -> r.role() == role).toList();
    }

    /** The best row of a role by the given measure (ties to the simpler), e.g. the best reference metric. */
    public Optional<ScorerResult> best(Role role, PrimaryMeasure measure) {
        return withRole(role).stream().filter(r -> r.has(measure.protocol()))
                .max(Comparator.comparingDouble((ScorerResult r) -> r.value(measure))
                        .thenComparing(ScorerResult::simplicity, Comparator.reverseOrder()));
    }
}
