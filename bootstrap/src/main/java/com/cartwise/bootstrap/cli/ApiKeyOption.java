package com.cartwise.bootstrap.cli;

/** The --api-key option the commands that call a running Cartwise share. */
final class ApiKeyOption {
    // The default (the environment's key) is never shown: help output ends up in terminals' scrollback and CI logs.
    static final String DESCRIPTION = "The shop's API key, or the operator key (default: the environment variable CARTWISE_API_KEY).";

    private ApiKeyOption() {
    }
}
