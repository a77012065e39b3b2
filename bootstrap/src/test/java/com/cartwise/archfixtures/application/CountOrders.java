package com.cartwise.archfixtures.application;

/** An application interface that is not a port: adapters must not implement it. */
public interface CountOrders {
    int count();
}
