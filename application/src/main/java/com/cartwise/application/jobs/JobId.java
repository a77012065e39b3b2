package com.cartwise.application.jobs;

import com.cartwise.domain.InvalidInputException;
import java.util.UUID;

/** A job's id: random, so that one shop's job ids tell nothing about another's. */
public record JobId(UUID value) {
    public JobId {
        InvalidInputException.require(value != null, "job_id", "is required");
    }

    public static JobId random() {
        return new JobId(UUID.randomUUID());
    }

    public static JobId parse(String text) {
        try {
            return new JobId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("job_id", "'" + text + "' is not a job id (a UUID such as 3f2b...)");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
