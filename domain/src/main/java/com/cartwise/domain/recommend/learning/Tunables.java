package com.cartwise.domain.recommend.learning;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.recommend.scoring.Rp3Beta;
import java.util.List;

/**
 * Every tunable of training in one place, with its default. The grids are not tuned per data
 * set: each shop's own validation split picks from them (see {@link CandidateGrid}).
 *
 * @param neighbours strongest neighbours kept per variant: bounds a model's memory and a request's work
 * @param easeMemoryBytes memory of EASE's dense solve (8 n^2 bytes for the n best sellers it covers)
 * @param rp3Beta the RP3beta settings tried; the first is also tried with the {@code recent} combiner
 * @param easeLambdas the EASE penalties tried; the first is also tried with the {@code recent} combiner
 */
public record Tunables(int neighbours, long easeMemoryBytes, List<Rp3Beta> rp3Beta, List<Double> easeLambdas) {
    /** Neighbours per variant: enough for any list a till shows (at most 50), with room for a cart's items to overlap. */
    public static final int DEFAULT_NEIGHBOURS = 100;
    /**
     * 4 MiB: the 724 best sellers, solved in a fraction of a second (n^3 multiply-adds). EASE won
     * on the small catalogues (a bakery's 86 items, a grocer's 169), which it covers whole.
     */
    public static final long DEFAULT_EASE_MEMORY_BYTES = 4L << 20;
    /** RP3beta's paper found alpha near 1 and beta near 0.5 best; 0.3 won on an online retailer's and the generated shop's orders. */
    public static final List<Rp3Beta> DEFAULT_RP3BETA = List.of(new Rp3Beta(1, 0.3), new Rp3Beta(1, 0.5));
    /** Of 1, 10, 100 and 1,000, 10 won wherever EASE won. */
    public static final List<Double> DEFAULT_EASE_LAMBDAS = List.of(10.0);
    public static final Tunables DEFAULT = new Tunables(DEFAULT_NEIGHBOURS, DEFAULT_EASE_MEMORY_BYTES, DEFAULT_RP3BETA,
            DEFAULT_EASE_LAMBDAS);

    public Tunables {
        InvalidInputException.require(neighbours >= 1, "neighbours", "must be at least 1, but was " + neighbours);
        InvalidInputException.require(easeMemoryBytes >= 8, "ease_memory_bytes", "must hold at least one variant");
        InvalidInputException.require(rp3Beta != null && !rp3Beta.isEmpty(), "rp3beta", "at least one setting is needed");
        InvalidInputException.require(easeLambdas != null && !easeLambdas.isEmpty() && easeLambdas.stream().allMatch(l -> l > 0),
                "ease_lambdas", "at least one positive penalty is needed");
        rp3Beta = List.copyOf(rp3Beta);
        easeLambdas = List.copyOf(easeLambdas);
    }

    /** Best sellers EASE's dense solve covers within its memory. */
    public int easeMaxVariants() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (long) Math.sqrt(easeMemoryBytes / 8.0)));
    }
}
