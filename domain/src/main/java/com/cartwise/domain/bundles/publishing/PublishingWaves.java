package com.cartwise.domain.bundles.publishing;

import com.cartwise.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Releases ranked bundles to the dashboard in waves, so the merchant sees the best ones at once
 * and the list grows as the rest are written. The sizes are cumulative: with the default
 * 3, 5, 10, 20, 40 the first wave is the top 3, the second brings the top 5 (2 more), then the
 * top 10 (5 more), 20 (10 more) and 40 (20 more); whatever ranks below the last size comes in one
 * final wave.
 */
public record PublishingWaves(List<Integer> cumulativeSizes) {
    public static final PublishingWaves DEFAULT = new PublishingWaves(List.of(3, 5, 10, 20, 40));

    public PublishingWaves {
        InvalidInputException.require(cumulativeSizes != null && !cumulativeSizes.isEmpty(), "publishing_waves", "at least one wave");
        cumulativeSizes = List.copyOf(cumulativeSizes);
        for (int i = 0; i < cumulativeSizes.size(); i++) {
            InvalidInputException.require(cumulativeSizes.get(i) >= 1 && (i == 0 || cumulativeSizes.get(i) > cumulativeSizes.get(i - 1)),
                    "publishing_waves", "sizes must be positive and increasing, but were " + cumulativeSizes);
        }
    }

    /** The ranked items, best first, cut into waves; empty waves are left out. */
    public <T> List<List<T>> waves(List<T> ranked) {
        List<List<T>> waves = new ArrayList<>();
        int from = 0;
        for (int size : cumulativeSizes) {
            int to = Math.min(size, ranked.size());
            if (to > from) {
                waves.add(List.copyOf(ranked.subList(from, to)));
            }
            from = Math.max(from, to);
        }
        if (from < ranked.size()) {
            waves.add(List.copyOf(ranked.subList(from, ranked.size())));
        }
        return waves;
    }

    /** The wave (1-based) that releases the bundle of this rank (1-based). */
    public int waveOf(int rank) {
        InvalidInputException.require(rank >= 1, "rank", "starts at 1, but was " + rank);
        for (int i = 0; i < cumulativeSizes.size(); i++) {
            if (rank <= cumulativeSizes.get(i)) {
                return i + 1;
            }
        }
        return cumulativeSizes.size() + 1;
    }
}
