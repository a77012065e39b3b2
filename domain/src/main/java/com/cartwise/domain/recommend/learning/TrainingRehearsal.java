package com.cartwise.domain.recommend.learning;

import com.cartwise.domain.orders.Baskets;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A made-up shop's orders that a server trains on once as it starts, throwing the model away, so
 * that the first training a merchant asks for after a restart runs compiled code: in a fresh JVM,
 * fimi-retail's first training took 5.4 to 5.8 s on a 2-core host, about 4.5 s of its CPU going to
 * the JIT compilers; after this rehearsal (0.5 to 0.6 s) it took 4.6 to 5.3 s (docs/BENCHMARKS.md).
 * <p>
 * The orders have what makes the trainer's loops hot: a long tail of popularity, more variants
 * than EASE covers (so it solves its part and leaves the rest), groups of variants bought
 * together, baskets of one to a dozen lines over a few months. Always the same orders: a start
 * costs the same each time, and nothing about a real shop is in them. Larger rehearsals (10,000
 * and 30,000 orders) did not make the first real training faster.
 */
public final class TrainingRehearsal {
    /** Enough orders for the trainer's hot loops to be compiled, few enough to train in about a second cold. */
    public static final int ORDERS = 3_000;
    static final int VARIANTS = 1_500;
    private static final int GROUP = 25;
    private static final Instant FIRST_ORDER = Instant.parse("2024-01-01T09:00:00Z");
    private static final long SECONDS_BETWEEN_ORDERS = 2_400;
    private static final long SEED = 20_261_127L;

    private TrainingRehearsal() {
    }

    /** Trains once on {@link #orders()}: the model is the caller's to use for further warming, or to forget. */
    public static RecommenderTraining.Trained rehearse(RecommenderTraining training) {
        return training.train(orders(), Optional.empty());
    }

    /** The made-up orders, oldest first: the same every time. */
    public static Baskets orders() {
        SplittableRandom random = new SplittableRandom(SEED);
        Baskets.Builder orders = Baskets.builder();
        long[] lines = new long[12];
        for (int o = 0; o < ORDERS; o++) {
            int size = 1 + Math.min(lines.length - 1, (int) (-Math.log(1 - random.nextDouble()) * 2.5));
            // a basket keeps to one group of related variants, with a best seller or two from anywhere
            int group = skewed(random, VARIANTS / GROUP);
            for (int l = 0; l < size; l++) {
                int variant = random.nextInt(4) == 0 ? skewed(random, VARIANTS) : group * GROUP + skewed(random, GROUP);
                lines[l] = variant + 1L;
            }
            orders.add(FIRST_ORDER.plusSeconds(o * SECONDS_BETWEEN_ORDERS), lines, 0, size);
        }
        return orders.build();
    }

    /** An index below {@code n}, low ones far likelier (about 1/rank): the long tail of a real catalogue. */
    private static int skewed(SplittableRandom random, int n) {
        return (int) Math.min(n - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(n + 1.0))) - 1);
    }
}
