package com.cartwise.domain.recommend;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * A loop over {@code [0, n)} on all cores, each thread taking the next chunk of indices as it
 * finishes one. A parallel stream cuts the range into a few parts up front; where one index costs
 * as much as a best seller's row and another as little as a rare item's, one thread was left with
 * the costly part while the other waited: on fimi-retail, Flight Recorder found the counting and
 * the neighbour tables on one core of two for most of their time.
 */
public final class AllCores {
    /** Variants' rows handed out at a time by the loops over a model's rows. */
    public static final int ROWS = 64;

    private AllCores() {
    }

    /**
     * Runs {@code body} once for each index in {@code [0, n)}, in no particular order and on any
     * thread: it must only write what belongs to its index (or to its thread).
     *
     * @param chunk indices handed out at a time: small enough to even out, large enough that
     *              taking one costs nothing beside its work
     */
    public static void forEach(int n, int chunk, IntConsumer body) {
        if (chunk < 1) {
            throw new IllegalArgumentException("a chunk holds at least one index, not " + chunk);
        }
        int chunks = (int) ((n + (long) chunk - 1) / chunk);
        int threads = Math.min(chunks, ForkJoinPool.getCommonPoolParallelism() + 1);
        AtomicInteger next = new AtomicInteger();
        IntStream.range(0, threads).parallel().forEach(thread -> {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                for (int i = c * chunk, end = (int) Math.min(n, (long) (c + 1) * chunk); i < end; i++) {
                    body.accept(i);
                }
            }
        });
    }
}
