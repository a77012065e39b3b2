package com.cartwise.rest.client;

/** What Cartwise answered to a request: what was asked for, or the problem it refused it with. */
public sealed interface Answer<T> {
    record Accepted<T>(T value) implements Answer<T> {
        public Accepted {
            if (value == null) {
                throw new IllegalArgumentException("an accepted answer carries its value");
            }
        }
    }

    record Refused<T>(RemoteProblem problem) implements Answer<T> {
        public Refused {
            if (problem == null) {
                throw new IllegalArgumentException("a refusal carries its problem");
            }
        }
    }
}
