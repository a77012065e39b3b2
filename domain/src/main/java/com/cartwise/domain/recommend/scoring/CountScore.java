package com.cartwise.domain.recommend.scoring;

import com.cartwise.domain.recommend.CoOccurrenceModel;
import com.cartwise.domain.recommend.WeightedCounts;
import java.util.Locale;

/**
 * A pair score from counts, optionally shrunk by evidence and weighted by age.
 *
 * @param shrinkage a prior count k: the score times co / (co + k), so that a pair seen twice
 *                  counts for less than one seen two hundred times; 0 for none
 * @param halfLifeDays an order this many days older than the newest counts half as much; 0 for no decay
 */
public record CountScore(CountFormula formula, double shrinkage, double halfLifeDays) implements PairScore {
    public CountScore {
        if (formula == null || !(shrinkage >= 0) || !(halfLifeDays >= 0)) {
            throw new IllegalArgumentException("a count score has a formula and non-negative shrinkage and half-life");
        }
        if (formula == CountFormula.SEQUENCE && halfLifeDays > 0) {
            throw new IllegalArgumentException("sequence counts have no age weighting");
        }
    }

    public static CountScore of(CountFormula formula) {
        return new CountScore(formula, 0, 0);
    }

    @Override
    public String wireName() {
        StringBuilder name = new StringBuilder(formula.wireName());
        if (shrinkage > 0 || halfLifeDays > 0) {
            name.append('(');
            if (shrinkage > 0) {
                name.append("shrinkage=").append(number(shrinkage));
            }
            if (halfLifeDays > 0) {
                name.append(shrinkage > 0 ? "," : "").append("half_life_days=").append(number(halfLifeDays));
            }
            name.append(')');
        }
        return name.toString();
    }

    @Override
    public int simplicity() {
        return 10 * (1 + formula.ordinal()) + (shrinkage > 0 ? 2 : 0) + (halfLifeDays > 0 ? 4 : 0);
    }

    /** Age weighting counts back from the newest order, which every added order may move. */
    @Override
    public boolean weighsPairsLocally() {
        return halfLifeDays == 0 && formula.local();
    }

    @Override
    public RowWeigher weigher(TrainingCounts counts) {
        CoOccurrenceModel m = counts.model();
        if (formula == CountFormula.SEQUENCE) {
            int[] after = counts.after();
            return (a, nb, w) -> row(m, a, nb, w, (i, b) -> formula.weight(after[i], m.orderCount(a), m.orderCount(b), m.orders()));
        }
        if (halfLifeDays > 0) {
            WeightedCounts d = counts.decayed(halfLifeDays).counts();
            return (a, nb, w) -> row(m, a, nb, w, (i, b) -> formula.weight(d.pairs()[i], d.items()[a], d.items()[b], d.total()));
        }
        if (formula.reference() != null) {
            return (a, nb, w) -> row(m, a, nb, w, (i, b) -> formula.exact(m.togetherAt(i), m.orderCount(a), m.orderCount(b), m.orders()));
        }
        return (a, nb, w) -> row(m, a, nb, w, (i, b) -> formula.weight(m.togetherAt(i), m.orderCount(a), m.orderCount(b), m.orders()));
    }

    private int row(CoOccurrenceModel m, int a, int[] nb, double[] w, EntryWeight weight) {
        int n = 0;
        for (int i = m.rowStart(a); i < m.rowEnd(a); i++) {
            int b = m.neighbourAt(i);
            double value = weight.of(i, b);
            if (shrinkage > 0) {
                int co = m.togetherAt(i);
                value *= co / (co + shrinkage);
            }
            nb[n] = b;
            w[n++] = value;
        }
        return n;
    }

    @FunctionalInterface
    private interface EntryWeight {
        double of(int entry, int b);
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
