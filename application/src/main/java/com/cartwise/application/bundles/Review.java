package com.cartwise.application.bundles;

import com.cartwise.domain.InvalidInputException;
import java.time.Instant;
import java.util.Optional;

/**
 * The merchant's decision on a proposed bundle, with a note ("too close to the winter sale") and
 * when it was made; a bundle nobody reviewed yet is {@link #PROPOSED}.
 */
public record Review(ReviewStatus status, Optional<String> note, Optional<Instant> reviewedAt) {
    public static final int MAX_NOTE_LENGTH = 1000;
    public static final Review PROPOSED = new Review(ReviewStatus.PROPOSED, Optional.empty(), Optional.empty());

    public Review {
        InvalidInputException.require(status != null, "status", "is required");
        note = note == null ? Optional.empty() : note.map(String::strip).filter(n -> !n.isEmpty());
        reviewedAt = reviewedAt == null ? Optional.empty() : reviewedAt;
        InvalidInputException.require(note.map(String::length).orElse(0) <= MAX_NOTE_LENGTH, "note",
                "must be at most " + MAX_NOTE_LENGTH + " characters");
        InvalidInputException.require((status == ReviewStatus.PROPOSED) == reviewedAt.isEmpty(), "reviewed_at",
                "a reviewed bundle says when, a proposed one does not");
    }

    public static Review decided(ReviewStatus status, Optional<String> note, Instant at) {
        InvalidInputException.require(status != ReviewStatus.PROPOSED, "decision", "is approved or rejected");
        return new Review(status, note, Optional.of(at));
    }

    public boolean reviewed() {
        return status != ReviewStatus.PROPOSED;
    }
}
