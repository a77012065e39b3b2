package com.cartwise.application.port;

/**
 * Hands each generation job its own {@link CopyWriter}, which spends at most the job's
 * {@link CopyBudget}. The writers of all jobs share what belongs to the process (the connection to
 * the service, the limit on calls under way at once).
 */
public interface CopyWriters {

    /** A writer for one job; it may be called from several threads at once. */
    CopyWriter forJob(CopyBudget budget);
}
