package com.cartwise.archfixtures.persistence;

import com.cartwise.archfixtures.application.CountOrders;

/** An adapter implementing an application interface that is not in the port package. */
public class RepositoryPosingAsUseCase implements CountOrders {
    @Override
    public int count() {
        return 0;
    }
}
