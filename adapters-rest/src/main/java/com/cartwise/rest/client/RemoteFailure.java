package com.cartwise.rest.client;

import java.util.Optional;

/**
 * Why a job failed: a stable code ({@code rejected-file}, {@code worker-lost}, {@code internal} ...),
 * the explanation, and for a refused file the place of its problem.
 */
public record RemoteFailure(String code, String detail, Optional<FilePlace> place) {
    /** The code of a failure caused by a file's content, as opposed to the server's own trouble. */
    public static final String REJECTED_FILE = "rejected-file";

    public RemoteFailure {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a failure has a code");
        }
        detail = detail == null ? "" : detail;
        place = place == null ? Optional.empty() : place;
    }

    public boolean rejectedFile() {
        return REJECTED_FILE.equals(code);
    }
}
