package com.cartwise.domain.recommend.scoring;

import com.cartwise.domain.InvalidInputException;
import java.util.HashMap;
import java.util.Map;

/**
 * How a model ranks: a pair score, how it combines over the cart, and how many neighbours each
 * variant keeps. Its wire name, e.g. {@code rp3beta(alpha=1,beta=0.5)+max}, names it in reports,
 * APIs and the database, and reads back to the same scorer.
 */
public record Scorer(PairScore score, Combiner combiner) {
    public Scorer {
        if (score == null || combiner == null) {
            throw new IllegalArgumentException("a scorer has a pair score and a combiner");
        }
    }

    public static Scorer summing(PairScore score) {
        return new Scorer(score, Combiner.SUM);
    }

    public String wireName() {
        return score.wireName() + (combiner == Combiner.SUM ? "" : "+" + combiner.wireName());
    }

    /** Lower is simpler: the score's simplicity first, then the combiner (sum, max, recent). */
    public int simplicity() {
        return 10 * score.simplicity() + combiner.ordinal();
    }

    public NeighbourTable table(TrainingCounts counts, int maxNeighbours) {
        return NeighbourTable.build(counts.model().variants(), score.weigher(counts), maxNeighbours);
    }

    /**
     * Reads a wire name back.
     *
     * @param easeMaxVariants the dense solve's size for an {@code ease} score, which its name does not carry
     */
    public static Scorer fromWireName(String name, int easeMaxVariants) {
        InvalidInputException.require(name != null && !name.isBlank(), "metric", "is required");
        String rest = name.strip();
        Combiner combiner = Combiner.SUM;
        int plus = rest.lastIndexOf('+');
        if (plus > 0) {
            String combinerName = rest.substring(plus + 1);
            combiner = java.util.Arrays.stream(Combiner.values()).filter(c -> c.wireName().equals(combinerName)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("metric",
                            "unknown combiner '" + combinerName + "' (sum, max or recent) in '" + name + "'"));
            rest = rest.substring(0, plus);
        }
        String family = rest;
        Map<String, Double> params = new HashMap<>();
        int open = rest.indexOf('(');
        if (open >= 0) {
            InvalidInputException.require(rest.endsWith(")"), "metric", "unbalanced parentheses in '" + name + "'");
            family = rest.substring(0, open);
            for (String pair : rest.substring(open + 1, rest.length() - 1).split(",")) {
                String[] kv = pair.split("=", 2);
                InvalidInputException.require(kv.length == 2, "metric", "parameters are name=value, in '" + name + "'");
                try {
                    params.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("metric", "parameter " + kv[0].strip() + " is not a number in '" + name + "'");
                }
            }
        }
        try {
            return new Scorer(score(family, params, easeMaxVariants, name), combiner);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("metric", e.getMessage() + " in '" + name + "'");
        }
    }

    private static PairScore score(String family, Map<String, Double> params, int easeMaxVariants, String name) {
        switch (family) {
            case "rp3beta":
                return new Rp3Beta(required(params, "alpha", name), required(params, "beta", name));
            case "ease":
                return new Ease(required(params, "lambda", name), easeMaxVariants);
            default:
                for (CountFormula f : CountFormula.values()) {
                    if (f.wireName().equals(family)) {
                        double shrinkage = params.getOrDefault("shrinkage", 0.0);
                        double halfLife = params.getOrDefault("half_life_days", 0.0);
                        params.remove("shrinkage");
                        params.remove("half_life_days");
                        InvalidInputException.require(params.isEmpty(), "metric", "unknown parameters " + params.keySet() + " in '" + name + "'");
                        return new CountScore(f, shrinkage, halfLife);
                    }
                }
                throw new InvalidInputException("metric", "unknown scorer '" + name + "'");
        }
    }

    private static double required(Map<String, Double> params, String key, String name) {
        Double value = params.get(key);
        InvalidInputException.require(value != null, "metric", "parameter " + key + " missing in '" + name + "'");
        return value;
    }
}
