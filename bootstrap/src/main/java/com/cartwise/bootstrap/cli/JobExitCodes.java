package com.cartwise.bootstrap.cli;

/** The exit codes of the commands that call a running Cartwise over REST (import, train, bundles generate, shops). */
final class JobExitCodes {
    static final int SUCCEEDED = 0;
    static final int USAGE = 1;
    static final int REFUSED = 2;
    static final int UNREACHABLE = 3;
    static final int FAILED = 4;
    static final int CANCELLED = 5;

    private JobExitCodes() {
    }
}
