package com.cartwise.bootstrap.cli;

/** The exit codes of the commands that call a running Cartwise over REST (import, train, bundles generate, shops). */
public final class JobExitCodes {
    public static final int SUCCEEDED = 0;
    public static final int USAGE = 1;
    public static final int REFUSED = 2;
    public static final int UNREACHABLE = 3;
    public static final int FAILED = 4;
    public static final int CANCELLED = 5;

    private JobExitCodes() {
    }
}
