package com.cartwise.application.recommend.training;

import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobRequest;
import java.util.Optional;

/** A full training of a shop's recommender: the scorer asked for, or empty to let evaluation choose. */
public record TrainingRequest(Optional<String> metric) implements JobRequest {
    public TrainingRequest {
        metric = metric == null ? Optional.empty() : metric;
    }

    @Override
    public JobKind kind() {
        return JobKind.TRAINING;
    }
}
