package com.cartwise.benchmarks.load;

/**
 * One kind of request the load tool measures (a Cartwise RPC, the floor's health Check, the REST
 * twin). Each client thread gets its own {@link Caller}, so callers need not be thread-safe. The soak
 * (com.cartwise.benchmarks.soak) sends through the same doors.
 */
public interface Door {

    String name();

    /** @param thread 0-based client thread number; callers of different threads start at different carts */
    Caller caller(int thread) throws Exception;

    /** A door that only needs a name and a caller per thread. */
    static Door named(String name, Callers callers) {
        return new Door() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Caller caller(int thread) throws Exception {
                return callers.caller(thread);
            }
        };
    }

    @FunctionalInterface
    interface Callers {
        Caller caller(int thread) throws Exception;
    }

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
