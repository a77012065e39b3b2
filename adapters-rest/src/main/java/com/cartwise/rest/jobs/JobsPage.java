package com.cartwise.rest.jobs;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobCursor;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** A page of a shop's jobs, newest first; {@code next_cursor} asks for the page after it (null on the last page). */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JobsPage(List<JobJson> jobs, @Nullable String nextCursor) {
    static JobsPage of(List<Job> jobs, int limit) {
        return new JobsPage(jobs.stream().map(JobJson::of).toList(),
                jobs.size() == limit ? JobCursor.after(jobs.getLast()).text() : null);
    }
}
