package com.cartwise.domain.recommend.evaluation;

import com.cartwise.domain.recommend.scoring.TopList;
import java.util.Arrays;

/**
 * Counts for one scorer under one protocol, kept by one thread and merged at the end. Only
 * integers, so that the merged result does not depend on which thread counted which case.
 */
final class Tally {
    private final int[] hitsAtPlace;
    /** Per variant, the best place it was shown at (0 = never). */
    private final byte[] bestPlace;
    private int cases;

    Tally(int maxK, int catalogue) {
        hitsAtPlace = new int[maxK];
        bestPlace = new byte[catalogue];
    }

    void record(TopList top, int target) {
        cases++;
        for (int i = 0; i < top.size(); i++) {
            int v = top.variant(i);
            int place = i + 1;
            if (v == target) {
                hitsAtPlace[i]++;
            }
            if (bestPlace[v] == 0 || bestPlace[v] > place) {
                bestPlace[v] = (byte) place;
            }
        }
    }

    void add(Tally other) {
        cases += other.cases;
        for (int p = 0; p < hitsAtPlace.length; p++) {
            hitsAtPlace[p] += other.hitsAtPlace[p];
        }
        for (int v = 0; v < bestPlace.length; v++) {
            byte theirs = other.bestPlace[v];
            if (theirs != 0 && (bestPlace[v] == 0 || theirs < bestPlace[v])) {
                bestPlace[v] = theirs;
            }
        }
    }

    ProtocolResult result(Protocol protocol) {
        int[] shownAt = new int[hitsAtPlace.length + 1];
        for (byte place : bestPlace) {
            shownAt[place]++;
        }
        int[] coveredWithin = new int[hitsAtPlace.length];
        int covered = 0;
        for (int p = 0; p < hitsAtPlace.length; p++) {
            covered += shownAt[p + 1];
            coveredWithin[p] = covered;
        }
        return new ProtocolResult(protocol, cases, Arrays.copyOf(hitsAtPlace, hitsAtPlace.length), coveredWithin, bestPlace.length);
    }
}
