package com.cartwise.rest.jobs;

import com.cartwise.application.jobs.JobEvent;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.Map;

/** One progress event of a job's Server-Sent Event stream; its sequence is the event's id. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JobEventJson(long sequence, Instant at, String state, String phase, double percent, String message,
                           long rowsRead, long rowsImported, long rowsRejected, @Nullable Long etaSeconds, Map<String, Long> tallies) {
    static JobEventJson of(JobEvent e) {
        return new JobEventJson(e.sequence(), e.at(), e.state().wireName(), e.progress().phase(), e.progress().percent(),
                e.progress().message(), e.progress().counts().read(), e.progress().counts().imported(),
                e.progress().counts().rejected(),
                e.progress().etaSeconds().isPresent() ? e.progress().etaSeconds().getAsLong() : null,
                JobJson.tallies(e.progress().tallies()));
    }
}
