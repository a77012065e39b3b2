package com.cartwise.application.jobs;

/**
 * Thrown inside a job's handler when it must stop before finishing: the merchant cancelled it, or
 * this worker lost its lease (another instance declared it lost). Handlers let it pass.
 */
public final class JobStopped extends RuntimeException {
    private final boolean cancelled;

    private JobStopped(String message, boolean cancelled) {
        super(message, null, false, false);
        this.cancelled = cancelled;
    }

    public static JobStopped byCancel() {
        return new JobStopped("cancelled at the merchant's request", true);
    }

    public static JobStopped byLostLease() {
        return new JobStopped("this worker no longer holds the job", false);
    }

    /** True when the merchant asked for it; false when the lease was lost. */
    public boolean byMerchant() {
        return cancelled;
    }
}
