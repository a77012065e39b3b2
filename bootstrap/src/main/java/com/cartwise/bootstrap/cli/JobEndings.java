package com.cartwise.bootstrap.cli;

import com.cartwise.rest.client.Answer;
import com.cartwise.rest.client.CartwiseUnreachableException;
import com.cartwise.rest.client.RemoteFailure;
import com.cartwise.rest.client.RemoteJob;
import com.cartwise.rest.client.RemoteProblem;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/** How the job commands say that a start was refused, or that a job was cancelled or failed, and the exit code of each. */
public final class JobEndings {
    private JobEndings() {
    }

    /** Makes the calls to Cartwise; when it cannot be reached, says so and answers {@link JobExitCodes#UNREACHABLE}. */
    public static int unlessUnreachable(PrintWriter err, IntSupplier calls) {
        try {
            return calls.getAsInt();
        } catch (CartwiseUnreachableException e) {
            err.println(e.getMessage());
            err.flush();
            return JobExitCodes.UNREACHABLE;
        }
    }

    /**
     * The ending of a command that makes one call: {@code accepted} prints what the call gave
     * ({@link JobExitCodes#SUCCEEDED}); a refusal is said as {@link #refused} says it; an unreachable
     * Cartwise as {@link #unlessUnreachable}.
     *
     * @param what the call refused, e.g. "the shop"
     */
    public static <T> int answered(PrintWriter err, Supplier<Answer<T>> call, String what, Consumer<T> accepted) {
        return unlessUnreachable(err, () -> switch (call.get()) {
            case Answer.Accepted<T> answer -> {
                accepted.accept(answer.value());
                yield JobExitCodes.SUCCEEDED;
            }
            case Answer.Refused<T> refusal -> refused(err, refusal.problem(), what);
        });
    }

    /** @param what the start refused, e.g. "the training" */
    public static int refused(PrintWriter err, RemoteProblem problem, String what) {
        err.println((problem.serverFailed() ? "Cartwise failed" : "Cartwise refused " + what) + " (" + problem.status() + " "
                + problem.type().replace("urn:cartwise:problem:", "") + "): " + problem.detail());
        err.flush();
        return problem.serverFailed() ? JobExitCodes.FAILED : JobExitCodes.REFUSED;
    }

    /**
     * @param name         the job in words, e.g. "Training"
     * @param afterCancel  what a cancel leaves, said after the job's message
     */
    public static int cancelledOrFailed(PrintWriter err, RemoteJob job, String name, String afterCancel) {
        if (RemoteJob.CANCELLED.equals(job.state())) {
            err.println(name + " " + job.id() + " was cancelled: " + job.message() + afterCancel);
            return JobExitCodes.CANCELLED;
        }
        RemoteFailure failure = job.failure().orElse(new RemoteFailure("unknown", job.message(), Optional.empty()));
        err.println(name + " " + job.id() + " failed (" + failure.code() + "): " + failure.detail());
        return JobExitCodes.FAILED;
    }
}
