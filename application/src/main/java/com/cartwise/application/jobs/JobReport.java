package com.cartwise.application.jobs;

/** What a finished job did, for the merchant; each kind of job has its own report type. */
public interface JobReport {
    JobKind kind();
}
