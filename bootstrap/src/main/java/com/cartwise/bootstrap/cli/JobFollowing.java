package com.cartwise.bootstrap.cli;

import com.cartwise.rest.client.Answer;
import com.cartwise.rest.client.CartwiseRestClient;
import com.cartwise.rest.client.RemoteJob;
import java.io.PrintWriter;
import java.util.function.ToIntFunction;

/**
 * What every command that starts a job does next: says where the job is, follows its events with a
 * progress view until it ends (Ctrl-C asks the server to cancel it), and lets the command say how
 * it ended and choose the exit code.
 */
public final class JobFollowing {
    private JobFollowing() {
    }

    /**
     * @param ended      prints how the job ended and answers the exit code
     * @param lostExit   the exit code when the server lost the job while it was followed
     */
    public static int follow(CartwiseRestClient client, RemoteJob job, JobProgressView view, PrintWriter err, ToIntFunction<RemoteJob> ended,
                      int lostExit) {
        err.println(capitalised(name(job)) + " " + job.state() + ": " + client.resolve(job.links().self()));
        err.flush();
        try (CancelOnInterrupt cancel = CancelOnInterrupt.register(client, job, err)) {
            Answer<RemoteJob> end;
            try (view) {
                end = client.follow(job, view::show);
            }
            int exit = switch (end) {
                case Answer.Accepted<RemoteJob> accepted -> ended.applyAsInt(accepted.value());
                case Answer.Refused<RemoteJob> refused -> {
                    err.println("Cartwise lost " + name(job) + ": " + refused.problem().detail());
                    yield lostExit;
                }
            };
            err.flush();
            cancel.ended();
            return exit;
        }
    }

    /** "import job 3f2b…", "bundle generation job 3f2b…". */
    static String name(RemoteJob job) {
        return job.kind().replace('_', ' ') + " job " + job.id();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
