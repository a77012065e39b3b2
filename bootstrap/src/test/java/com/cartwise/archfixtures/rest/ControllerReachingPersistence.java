package com.cartwise.archfixtures.rest;

import com.cartwise.archfixtures.persistence.SomeRepository;

/** A REST adapter class that talks to the persistence adapter directly. */
public class ControllerReachingPersistence {
    public int count(SomeRepository repository) {
        return repository.count();
    }
}
