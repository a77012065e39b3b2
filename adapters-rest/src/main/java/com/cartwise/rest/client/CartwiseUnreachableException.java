package com.cartwise.rest.client;

import java.net.URI;

/** Cartwise could not be reached at all, or the connection to it was lost and not regained in time. */
public final class CartwiseUnreachableException extends RuntimeException {
    private final URI server;

    public CartwiseUnreachableException(URI server, String why, Throwable cause) {
        super("Cannot reach Cartwise at " + server + ": " + why, cause);
        this.server = server;
    }

    public URI server() {
        return server;
    }
}
