package com.cartwise.application.jobs;

import com.cartwise.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of a shop's jobs ended: the next page starts after this job, in the list's order
 * (newest first, ties by id), so that no job is skipped or shown twice however many share a time.
 * Opaque to clients: they pass back the text they were given.
 */
public record JobCursor(Instant createdAt, JobId id) {
    public static JobCursor after(Job job) {
        return new JobCursor(job.createdAt(), job.id());
    }

    public String text() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((createdAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static JobCursor parse(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
            return new JobCursor(Instant.parse(parts[0]), new JobId(UUID.fromString(parts[1])));
        } catch (RuntimeException e) {
            throw new InvalidInputException("cursor", "'" + text + "' is not a cursor this API gave out");
        }
    }
}
