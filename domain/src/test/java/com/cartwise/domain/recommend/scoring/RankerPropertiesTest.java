package com.cartwise.domain.recommend.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.CoOccurrenceModel;
import com.cartwise.domain.recommend.DenseBaskets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ranker against the plain definition of a ranking, on random tables, carts (short and long),
 * combiners, eligibility and tie ranks: every candidate's weights combined over the cart items,
 * ranked by rounded score then tie rank, the cart's items and refused variants never offered,
 * best sellers after; each co-purchase explained by the cart item that gave it most (the first on
 * a tie).
 */
class RankerPropertiesTest {

    private record Ranked(int variant, double score, int evidence) {
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void ranksAsThePlainDefinitionRanks(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int variants = 30 + random.nextInt(40);
        NeighbourTable table = randomTable(random, variants);
        Popularity popularity = bestSellers(random, variants);
        for (int c = 0; c < 300; c++) {
            int[] cart = random.ints(random.nextInt(4) == 0 ? 12 + random.nextInt(20) : 1 + random.nextInt(5), 0, variants)
                    .distinct().toArray();
            Combiner combiner = Combiner.values()[random.nextInt(Combiner.values().length)];
            int limit = 1 + random.nextInt(8);
            int refused = random.nextInt(variants);
            IntPredicate eligible = random.nextBoolean() ? null : v -> v % 7 != refused % 7;
            int[] tieRank = random.nextBoolean() ? null : permutation(random, variants);
            TopList top = new TopList(limit);

            Ranker.rank(table, combiner, cart, cart.length, popularity, eligible, tieRank, top);

            List<Ranked> expected = definition(table, combiner, cart, limit, popularity, eligible, tieRank);
            assertEquals(expected.size(), top.size(), "cart " + c);
            for (int p = 0; p < expected.size(); p++) {
                assertEquals(expected.get(p).variant(), top.variant(p), "cart " + c + " place " + p);
                assertEquals(expected.get(p).score(), top.score(p), "cart " + c + " place " + p);
                assertEquals(expected.get(p).evidence(), top.evidence(p), "cart " + c + " place " + p);
            }
        }
    }

    private static List<Ranked> definition(NeighbourTable table, Combiner combiner, int[] cart, int limit, Popularity popularity,
                                           IntPredicate eligible, int[] tieRank) {
        List<Ranked> candidates = new ArrayList<>();
        for (int b = 0; b < table.variants(); b++) {
            int candidate = b;
            boolean inCart = java.util.Arrays.stream(cart).anyMatch(a -> a == candidate);
            if (inCart || (eligible != null && !eligible.test(b))) {
                continue;
            }
            double score = 0;
            int evidence = -1;
            double best = 0;
            for (int c = 0; c < cart.length; c++) {
                double contribution = table.weight(cart[c], b) * combiner.factor(c, cart.length);
                if (contribution == 0) {
                    continue;
                }
                score = combiner == Combiner.MAX ? Math.max(score, contribution) : score + contribution;
                if (evidence < 0 || contribution > best) {
                    evidence = cart[c];
                    best = contribution;
                }
            }
            if (evidence >= 0) {
                candidates.add(new Ranked(b, score, evidence));
            }
        }
        candidates.sort(Comparator.comparingDouble((Ranked r) -> -CoOccurrenceModel.significant(r.score()))
                .thenComparingInt(r -> tieRank == null ? r.variant() : tieRank[r.variant()]));
        List<Ranked> ranked = new ArrayList<>(candidates.subList(0, Math.min(limit, candidates.size())));
        for (int r = 0; r < popularity.size() && ranked.size() < limit; r++) {
            int v = popularity.variantAt(r);
            boolean listed = candidates.stream().anyMatch(x -> x.variant() == v) || java.util.Arrays.stream(cart).anyMatch(a -> a == v);
            if (!listed && (eligible == null || eligible.test(v))) {
                ranked.add(new Ranked(v, 0, -1));
            }
        }
        return ranked;
    }

    /** Tie ranks as a served catalogue has them: each variant its own place. */
    private static int[] permutation(SplittableRandom random, int size) {
        int[] ranks = java.util.stream.IntStream.range(0, size).toArray();
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = ranks[i];
            ranks[i] = ranks[j];
            ranks[j] = swap;
        }
        return ranks;
    }

    /** Rows of up to 10 neighbours in ascending order, positive weights from a few values so that scores tie. */
    private static NeighbourTable randomTable(SplittableRandom random, int variants) {
        int[] start = new int[variants + 1];
        List<Integer> neighbours = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        double[] values = {0.25, 0.5, 1.0, 1.0 / 3, 0.1, 2.0};
        for (int a = 0; a < variants; a++) {
            int a0 = a;
            random.ints(random.nextInt(11), 0, variants).filter(b -> b != a0).distinct().sorted().forEach(b -> {
                neighbours.add(b);
                weights.add(values[random.nextInt(values.length)]);
            });
            start[a + 1] = neighbours.size();
        }
        return NeighbourTable.fromParts(start, neighbours.stream().mapToInt(Integer::intValue).toArray(),
                weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static Popularity bestSellers(SplittableRandom random, int variants) {
        List<Basket> baskets = new ArrayList<>();
        for (int v = 0; v < variants; v++) {
            for (int o = random.nextInt(6); o >= 0; o--) {
                baskets.add(new Basket(Instant.EPOCH, v + 1));
            }
        }
        return Popularity.of(TrainingCounts.learn(DenseBaskets.of(Baskets.of(baskets))).model());
    }
}
