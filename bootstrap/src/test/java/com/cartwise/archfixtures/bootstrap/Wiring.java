package com.cartwise.archfixtures.bootstrap;

import com.cartwise.archfixtures.grpc.ProtoMapper;
import com.cartwise.archfixtures.persistence.SomeRepository;
import com.cartwise.archfixtures.rest.ControllerReachingPersistence;

/** Bootstrap may see every adapter. */
public class Wiring {
    public Object[] beans() {
        return new Object[] {new SomeRepository(), new ControllerReachingPersistence(), new ProtoMapper()};
    }
}
