package com.cartwise.bootstrap.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The --api-key option the commands that call a running Cartwise share. */
final class ApiKeyOption {
    // The default (the environment's key) is never shown: help output ends up in terminals' scrollback and CI logs.
    static final String DESCRIPTION = "The shop's API key, or the operator key (default: the environment variable CARTWISE_API_KEY).";
    static final String NONE_GIVEN = "--api-key: no API key was given: pass --api-key, or set the environment variable"
            + " CARTWISE_API_KEY (`cartwise serve --demo` prints the demo shop's key as it starts)";

    private ApiKeyOption() {
    }

    /**
     * The key to send. Every route these commands call needs one, so a missing key is refused here as
     * wrong usage, saying how to give one, rather than sent and answered "unauthenticated".
     */
    static String required(CommandSpec spec, String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new ParameterException(spec.commandLine(), NONE_GIVEN);
        }
        return apiKey;
    }
}
