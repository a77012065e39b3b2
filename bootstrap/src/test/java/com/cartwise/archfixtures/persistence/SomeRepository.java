package com.cartwise.archfixtures.persistence;

import com.cartwise.archfixtures.application.port.OrderStore;

/** Stands for any persistence adapter class: it implements a port. */
public class SomeRepository implements OrderStore {
    @Override
    public int count() {
        return 0;
    }
}
