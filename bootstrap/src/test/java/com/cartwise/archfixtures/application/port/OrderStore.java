package com.cartwise.archfixtures.application.port;

/** A port as it should be: an interface in the application's port package. */
public interface OrderStore {
    int count();
}
