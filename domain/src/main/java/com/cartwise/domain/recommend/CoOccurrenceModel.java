package com.cartwise.domain.recommend;

import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.Baskets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * What sells together in one shop: how many orders held each variant and each pair of variants.
 * Immutable. Variants are dense indices (0..variants()-1, in ascending variant id order) and the
 * pair counts a compressed sparse row matrix, so that answering a cart touches only the cart's
 * neighbours and never boxes a number.
 */
public final class CoOccurrenceModel {
    private final int orders;
    private final long[] variantIds;
    private final int[] orderCounts;
    private final int[] rowStart;
    private final int[] neighbours;
    private final int[] together;

    CoOccurrenceModel(int orders, long[] variantIds, int[] orderCounts, int[] rowStart, int[] neighbours, int[] together) {
        this.orders = orders;
        this.variantIds = variantIds;
        this.orderCounts = orderCounts;
        this.rowStart = rowStart;
        this.neighbours = neighbours;
        this.together = together;
        validate();
    }

    /** Counts the baskets. Every basket counts once towards each of its distinct variants and pairs. */
    public static CoOccurrenceModel learn(Collection<Basket> baskets) {
        return learn(DenseBaskets.of(Baskets.of(baskets)));
    }

    /** Counts baskets of dense variant indices; every index must be a known variant (none -1). */
    public static CoOccurrenceModel learn(DenseBaskets baskets) {
        return new PairCounting(baskets).model();
    }

    /**
     * For each pair entry (row a, neighbour b): the baskets in which b came after a in line order,
     * counted from the baskets this model was learned from.
     */
    public int[] after(DenseBaskets baskets) {
        if (baskets.size() != orders || baskets.variants() != variants()) {
            throw new IllegalArgumentException("the baskets this model was learned from are needed");
        }
        return new PairCounting(baskets).after(this);
    }

    /** Rebuilds a model from its parts, as a stored model keeps them; rejects inconsistent parts. */
    public static CoOccurrenceModel fromParts(int orders, long[] variantIds, int[] orderCounts, int[] rowStart, int[] neighbours, int[] together) {
        return new CoOccurrenceModel(orders, variantIds, orderCounts, rowStart, neighbours, together);
    }

    public int orders() {
        return orders;
    }

    public int variants() {
        return variantIds.length;
    }

    public long variantId(int index) {
        return variantIds[index];
    }

    /** The dense index of a variant, or -1 when no order in the model held it. */
    public int indexOf(long variantId) {
        int i = Arrays.binarySearch(variantIds, variantId);
        return i >= 0 ? i : -1;
    }

    /** Orders that held the variant. */
    public int orderCount(int index) {
        return orderCounts[index];
    }

    /** Orders that held both variants. */
    public int together(int a, int b) {
        int i = Arrays.binarySearch(neighbours, rowStart[a], rowStart[a + 1], b);
        return i >= 0 ? together[i] : 0;
    }

    /** First pair entry of variant {@code a}'s row; its entries run to {@link #rowEnd}. */
    public int rowStart(int a) {
        return rowStart[a];
    }

    public int rowEnd(int a) {
        return rowStart[a + 1];
    }

    /** The neighbour of a pair entry; entries of a row ascend by neighbour. */
    public int neighbourAt(int entry) {
        return neighbours[entry];
    }

    /** Orders holding both variants of a pair entry. */
    public int togetherAt(int entry) {
        return together[entry];
    }

    /** The pair entry of (a, b), or -1 when they were never bought together. */
    public int entryOf(int a, int b) {
        int i = Arrays.binarySearch(neighbours, rowStart[a], rowStart[a + 1], b);
        return i >= 0 ? i : -1;
    }

    /** Pair entries: each pair bought together appears twice, once in each variant's row. */
    public int pairEntries() {
        return neighbours.length;
    }

    /** Distinct variant pairs bought together at least once. */
    public long pairs() {
        return neighbours.length / 2;
    }

    /**
     * The best candidates for a cart: every variant bought with at least one cart item, scored by
     * the sum over cart items of {@code metric}, without the cart items themselves and without the
     * variants {@code eligible} refuses; best score first, ties by {@code tieBreak}.
     *
     * @param cart dense indices of the cart's variants (unknown ones already left out)
     */
    public List<Candidate> rank(int[] cart, Metric metric, int limit, IntPredicate eligible, Comparator<Candidate> tieBreak) {
        RankScratch s = RankScratch.forSize(variantIds.length);
        try {
            for (int c : cart) {
                s.inCart[c] = true;
            }
            for (int c = 0; c < cart.length; c++) {
                int a = cart[c];
                for (int i = rowStart[a]; i < rowStart[a + 1]; i++) {
                    int b = neighbours[i];
                    if (s.inCart[b]) {
                        continue;
                    }
                    double contribution = metric.score(together[i], orderCounts[a], orderCounts[b], orders);
                    if (s.evidence[b] < 0) {
                        s.touched[s.touchedCount++] = b;
                    }
                    s.score[b] += contribution;
                    // The evidence is the single cart item that contributes most (first one on a tie).
                    if (s.evidence[b] < 0 || contribution > s.bestContribution[b]) {
                        s.evidence[b] = a;
                        s.bestContribution[b] = contribution;
                    }
                }
            }
            List<Candidate> found = new ArrayList<>();
            for (int t = 0; t < s.touchedCount; t++) {
                int b = s.touched[t];
                if (eligible.test(b)) {
                    found.add(new Candidate(b, s.score[b], s.evidence[b]));
                }
            }
            Comparator<Candidate> order = Comparator.comparingDouble((Candidate c) -> significant(c.score())).reversed()
                    .thenComparing(tieBreak);
            found.sort(order);
            return List.copyOf(found.subList(0, Math.min(limit, found.size())));
        } finally {
            s.reset(cart, cart.length, true);
        }
    }

    /**
     * The score kept to 40 significant bits (about 12 decimal digits), for ranking only. Sums of
     * the same terms in another order differ in the last bits (0.1+0.2+0.3 is not 0.3+0.2+0.1),
     * so scores equal in exact arithmetic must rank equal, leaving the tie to the tie-break, not
     * to rounding noise. Reported scores stay the exact sums.
     */
    public static double significant(double score) {
        long bits = Double.doubleToRawLongBits(score);
        long exponent = (bits >>> 52) & 0x7FF;
        if (exponent == 0 || exponent == 0x7FF) {
            // zero, subnormal, infinite or NaN: the arithmetic below, as first written
            if (score == 0 || !Double.isFinite(score)) {
                return score;
            }
            double unit = Math.scalb(1.0, Math.getExponent(score) - 40);
            return Math.rint(score / unit) * unit;
        }
        // A normal double's significand has 53 bits: keeping 41 of them (the leading one and 40 more)
        // drops the low 12, rounded half to even as Math.rint would. A carry out of the significand
        // lands in the exponent, which is the right answer too. Ranking calls this for every
        // candidate that reaches a list: the division and rint cost a tenth of a served request.
        long dropped = bits & 0xFFF;
        long kept = bits & ~0xFFFL;
        if (dropped > 0x800 || (dropped == 0x800 && (kept & 0x1000) != 0)) {
            kept += 0x1000;
        }
        return Double.longBitsToDouble(kept);
    }

    /**
     * A scored candidate.
     *
     * @param index dense index of the candidate variant
     * @param score the summed score over the cart
     * @param evidence dense index of the cart item that contributed most
     */
    public record Candidate(int index, double score, int evidence) {
    }

    /** A stored model that breaks these rules is corrupt: a server fault, not bad input. */
    private void validate() {
        int n = variantIds.length;
        check(orders >= 0, "negative order count");
        check(orderCounts.length == n && rowStart.length == n + 1, "arrays of different lengths");
        check(rowStart[0] == 0 && rowStart[n] == neighbours.length && neighbours.length == together.length,
                "row offsets do not match the neighbour arrays");
        for (int i = 1; i < n; i++) {
            check(variantIds[i - 1] < variantIds[i], "variant ids must ascend");
        }
        for (int a = 0; a < n; a++) {
            check(rowStart[a] <= rowStart[a + 1], "row offsets must not descend");
        }
        // every pair entry is checked, on all cores: a million-order shop has six million, and
        // each update of its model checks them again
        AllCores.forEach(n, AllCores.ROWS, a -> {
            for (int i = rowStart[a]; i < rowStart[a + 1]; i++) {
                int b = neighbours[i];
                check(b >= 0 && b < n && b != a, "neighbour index out of range or a variant paired with itself");
                check(i == rowStart[a] || neighbours[i - 1] < b, "neighbours must ascend within a row");
                check(together[i] > 0 && together[i] <= Math.min(orderCounts[a], orderCounts[b]),
                        "a pair bought together more often than one of its variants");
            }
        });
    }

    private static void check(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("corrupt model: " + problem);
        }
    }
}
