package com.cartwise.application.fakes;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** Rows as a reader hands them over when the file goes bad part-way: some good ones, then a failure. */
public final class FailingRows {
    private FailingRows() {
    }

    /** The first {@code good} items of {@code rows}, then {@code failure}, as a reader throws at a bad row. */
    public static <T> Iterator<T> after(int good, Iterator<T> rows, RuntimeException failure) {
        return new Iterator<>() {
            private int served;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public T next() {
                if (served == good) {
                    throw failure;
                }
                if (!rows.hasNext()) {
                    throw new NoSuchElementException();
                }
                served++;
                return rows.next();
            }
        };
    }
}
