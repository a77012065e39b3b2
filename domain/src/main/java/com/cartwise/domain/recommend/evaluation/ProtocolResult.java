package com.cartwise.domain.recommend.evaluation;

import java.util.Arrays;

/**
 * One scorer under one protocol: how many cases held out their item at each place of the top
 * list, and how many variants were shown at least once within each K. Every measure at every K up
 * to the list's length follows exactly from these counts.
 *
 * @param hitsAtPlace {@code hitsAtPlace[p]} cases found their item at place p + 1
 * @param coveredWithin {@code coveredWithin[p]} variants appeared within the top p + 1 of some case
 * @param catalogue variants the model under evaluation knows
 */
public record ProtocolResult(Protocol protocol, int cases, int[] hitsAtPlace, int[] coveredWithin, int catalogue) {
    public ProtocolResult {
        if (protocol == null || cases < 0 || catalogue < 0 || hitsAtPlace.length != coveredWithin.length) {
            throw new IllegalArgumentException("inconsistent protocol result");
        }
        hitsAtPlace = hitsAtPlace.clone();
        coveredWithin = coveredWithin.clone();
        if (Arrays.stream(hitsAtPlace).asLongStream().sum() > cases || Arrays.stream(hitsAtPlace).anyMatch(h -> h < 0)) {
            throw new IllegalArgumentException("more hits than cases");
        }
    }

    /** The longest K the counts cover. */
    public int maxK() {
        return hitsAtPlace.length;
    }

    /** Cases whose item was within the top k. */
    public int hits(int k) {
        requireK(k);
        int hits = 0;
        for (int p = 0; p < k; p++) {
            hits += hitsAtPlace[p];
        }
        return hits;
    }

    public double value(Measure measure, int k) {
        requireK(k);
        if (measure == Measure.COVERAGE) {
            return catalogue == 0 ? 0 : (double) coveredWithin[k - 1] / catalogue;
        }
        if (cases == 0) {
            return 0;
        }
        double sum = 0;
        for (int p = 0; p < k; p++) {
            int place = p + 1;
            double gain = switch (measure) {
                case HIT_RATE, RECALL -> 1;
                case PRECISION -> 1.0 / k;
                case NDCG -> 1 / (Math.log(place + 1) / Math.log(2));
                case MRR -> 1.0 / place;
                case COVERAGE -> throw new AssertionError();
            };
            sum += gain * hitsAtPlace[p];
        }
        return sum / cases;
    }

    @Override
    public int[] hitsAtPlace() {
        return hitsAtPlace.clone();
    }

    @Override
    public int[] coveredWithin() {
        return coveredWithin.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProtocolResult r && protocol == r.protocol && cases == r.cases && catalogue == r.catalogue
                && Arrays.equals(hitsAtPlace, r.hitsAtPlace) && Arrays.equals(coveredWithin, r.coveredWithin);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * protocol.hashCode() + cases) + Arrays.hashCode(hitsAtPlace);
    }

    @Override
    public String toString() {
        return protocol.wireName() + " cases=" + cases + " hitsAtPlace=" + Arrays.toString(hitsAtPlace)
                + " coveredWithin=" + Arrays.toString(coveredWithin) + " catalogue=" + catalogue;
    }

    private void requireK(int k) {
        if (k < 1 || k > hitsAtPlace.length) {
            throw new IllegalArgumentException("k must be between 1 and " + hitsAtPlace.length + ", but was " + k);
        }
    }
}
