package com.cartwise.bootstrap.cli;

import com.cartwise.rest.client.Answer;
import com.cartwise.rest.client.CartwiseRestClient;
import com.cartwise.rest.client.CartwiseUnreachableException;
import com.cartwise.rest.client.RemoteJob;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * While the command follows a job, Ctrl-C (or SIGTERM) asks the server to cancel the job instead of
 * leaving it running unseen, says so, and lets the command print how the job ended before the JVM
 * exits. A JVM shutdown hook, because the JDK offers no other portable way to see Ctrl-C.
 */
final class CancelOnInterrupt implements AutoCloseable {
    /** How long the exit waits for the job's end to be reported; the server stops a job at its next check, well within it. */
    private static final long PATIENCE_SECONDS = 15;

    private final CartwiseRestClient client;
    private final RemoteJob job;
    private final PrintWriter err;
    private final CountDownLatch reported = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean ended;

    private CancelOnInterrupt(CartwiseRestClient client, RemoteJob job, PrintWriter err) {
        this.client = client;
        this.job = job;
        this.err = err;
        this.hook = new Thread(this::cancel, "cartwise-import-cancel");
    }

    static CancelOnInterrupt register(CartwiseRestClient client, RemoteJob job, PrintWriter err) {
        CancelOnInterrupt cancel = new CancelOnInterrupt(client, job, err);
        Runtime.getRuntime().addShutdownHook(cancel.hook);
        return cancel;
    }

    /** The job's end has been reported: an interrupt from now on has nothing to cancel. */
    void ended() {
        ended = true;
        reported.countDown();
    }

    private void cancel() {
        if (ended) {
            return;
        }
        err.println();
        err.println("Interrupted: asking Cartwise to cancel " + JobFollowing.name(job) + " ...");
        err.flush();
        try {
            switch (client.cancel(job.shop(), job.id())) {
                case Answer.Accepted<RemoteJob> accepted -> err.println("Cartwise will cancel " + JobFollowing.name(job)
                        + (accepted.value().finished() ? " (it is " + accepted.value().state() + ")" : " at its next check") + ".");
                case Answer.Refused<RemoteJob> refused -> err.println("Cartwise did not cancel it: " + refused.problem().detail());
            }
            err.flush();
            reported.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (CartwiseUnreachableException e) {
            err.println("Could not ask: " + e.getMessage() + ". The job may still run: " + client.resolve(job.links().self()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        err.flush();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run: it stays, and ends once the job's end has been reported.
        }
    }
}
