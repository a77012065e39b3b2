package com.cartwise.application.jobs;

import java.time.Instant;

/**
 * One step of a job's progress as a follower sees it; {@code sequence} counts 1, 2, 3 ... per job,
 * so a follower that lost its connection resumes after the last one it saw.
 */
public record JobEvent(long sequence, Instant at, JobState state, JobProgress progress) {
}
