package com.cartwise.bootstrap.cli;

import com.cartwise.rest.client.CartwiseRestClient;
import java.net.URI;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of every command that calls a running Cartwise over REST: where it is, and the key to call it with. */
public class RemoteOptions {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** A restarted server is back within this; a follower that waits longer is waiting for nothing. */
    private static final Duration RECONNECT_PATIENCE = Duration.ofSeconds(60);

    @Option(names = "--server", defaultValue = "http://localhost:8080", description = "Cartwise's REST address (default: ${DEFAULT-VALUE}).")
    URI server;

    @Option(names = "--api-key", defaultValue = "${env:CARTWISE_API_KEY}", description = ApiKeyOption.DESCRIPTION)
    String apiKey;

    public CartwiseRestClient client(CommandSpec spec) {
        String key = ApiKeyOption.required(spec, apiKey);
        try {
            return new CartwiseRestClient(server, CONNECT_TIMEOUT, RECONNECT_PATIENCE, key);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--server: " + e.getMessage());
        }
    }
}
