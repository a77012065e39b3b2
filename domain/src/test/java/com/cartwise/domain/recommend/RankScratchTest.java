package com.cartwise.domain.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Work arrays are lent clean and reused, also by virtual threads that each live for one request. */
class RankScratchTest {

    private static <T> T onAVirtualThread(Supplier<T> work) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        Thread.ofVirtual().start(() -> result.set(work.get())).join();
        return result.get();
    }

    /** What a ranking does: marks the cart, scores a neighbour with evidence, then gives the arrays back. */
    private static RankScratch rankOnce(int size) {
        RankScratch s = RankScratch.forSize(size);
        int[] cart = {1, 2};
        s.inCart[1] = true;
        s.inCart[2] = true;
        s.touched[s.touchedCount++] = 7;
        s.score[7] = 2.5;
        s.bestContribution[7] = 1.5;
        s.evidence[7] = 1;
        s.reset(cart, cart.length, true);
        return s;
    }

    @Test
    void virtualThreadsEachServingOneRequestShareAFewArraySetsInsteadOfAllocatingOneEach() throws InterruptedException {
        Set<RankScratch> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int request = 0; request < 1_000; request++) {
            distinct.add(onAVirtualThread(() -> rankOnce(50_000)));
        }

        assertTrue(distinct.size() <= 2 * Runtime.getRuntime().availableProcessors() + 3,
                "1,000 sequential requests used " + distinct.size() + " array sets");
    }

    @Test
    void arraysLentAgainAreCleanAndLargeEnoughForTheModel() throws InterruptedException {
        onAVirtualThread(() -> rankOnce(10));

        RankScratch lent = onAVirtualThread(() -> RankScratch.forSize(1_000));

        assertTrue(lent.score.length >= 1_000, "a set too small for the model was lent: " + lent.score.length);
        assertArrayEquals(new double[lent.score.length], lent.score);
        assertArrayEquals(new double[lent.bestContribution.length], lent.bestContribution);
        assertArrayEquals(new boolean[lent.inCart.length], lent.inCart);
        assertTrue(java.util.Arrays.stream(lent.evidence).allMatch(e -> e == -1), "evidence left behind");
        assertTrue(lent.touchedCount == 0, "touched candidates left behind");
        lent.reset(new int[0], 0, true);
    }

    @Test
    void aPlatformThreadKeepsItsOwnSet() {
        assertTrue(rankOnce(100) == rankOnce(100));
    }
}
