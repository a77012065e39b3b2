package com.cartwise.archfixtures.application;

import com.cartwise.archfixtures.persistence.SomeRepository;

/** Reaches past its ports into a persistence adapter. */
public class UseCaseThatCallsAnAdapter {
    private final SomeRepository repository = new SomeRepository();

    public int execute() {
        return repository.count();
    }
}
