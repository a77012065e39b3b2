package com.cartwise.application.jobs;

/**
 * What a job was asked to do; each kind of job has its own request type, which the job's handler
 * reads back when a worker claims it.
 */
public interface JobRequest {
    JobKind kind();
}
