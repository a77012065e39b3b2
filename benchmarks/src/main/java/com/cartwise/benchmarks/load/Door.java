package com.cartwise.benchmarks.load;

/**
 * One kind of request the load tool measures (a Cartwise RPC, the floor's health Check, the REST
 * twin). Each client thread gets its own {@link Caller}, so callers need not be thread-safe.
 */
interface Door extends AutoCloseable {

    String name();

    /** @param thread 0-based client thread number; callers of different threads start at different carts */
    Caller caller(int thread) throws Exception;

    @Override
    void close();

    interface Caller extends AutoCloseable {
        /**
         * Sends one request and waits for its answer.
         *
         * @throws Exception for any answer but a success, so that an error is never counted as throughput
         */
        void call() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }
}
