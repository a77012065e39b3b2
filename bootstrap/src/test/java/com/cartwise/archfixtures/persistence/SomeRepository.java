package com.cartwise.archfixtures.persistence;

/** Stands for any persistence adapter class. */
public class SomeRepository {
    public int count() {
        return 0;
    }
}
