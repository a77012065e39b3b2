package com.cartwise.benchmarks.load;

/** Walks a list of requests (carts, products, paths) round and round; each client thread starts at its own offset. */
public final class CartCycle {
    private final int size;
    private int next;

    public CartCycle(int size, int thread) {
        this.size = size;
        // Spread the threads over the list (a prime stride, so any thread count stays apart).
        this.next = (int) ((thread * 7919L) % size);
    }

    public int next() {
        int current = next;
        next = current + 1 == size ? 0 : current + 1;
        return current;
    }
}
