package com.cartwise.application.port;

import java.util.function.Supplier;

/**
 * The unit of work: everything {@code work} writes is kept together, or, if it throws, none of it.
 * Imports rely on this so that a bad row half-way through a file changes nothing.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}
