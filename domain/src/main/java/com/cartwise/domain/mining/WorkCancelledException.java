package com.cartwise.domain.mining;

/** Thrown at a checkpoint when the caller asked the work to stop; nothing half-done is returned. */
public final class WorkCancelledException extends RuntimeException {
    /** Stable, for adapters that map domain failures to API codes. */
    public static final String CODE = "work.cancelled";

    public WorkCancelledException() {
        super("the work was cancelled at a checkpoint, as requested");
    }

    public String code() {
        return CODE;
    }
}
