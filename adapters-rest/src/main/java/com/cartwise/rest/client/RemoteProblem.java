package com.cartwise.rest.client;

import java.util.Optional;

/**
 * A request Cartwise refused or failed, from its RFC 9457 problem answer: the HTTP status, the
 * problem's stable type ({@code urn:cartwise:problem:shop-not-found} ...), the explanation, and
 * where it applies (a request field, a place in an uploaded file, the job it is about).
 */
public record RemoteProblem(int status, String type, String title, String detail, Optional<String> field,
                            Optional<FilePlace> place, Optional<String> jobId) {
    public RemoteProblem {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem answers with a 4xx or 5xx status, not " + status);
        }
        type = type == null || type.isBlank() ? "about:blank" : type;
        title = title == null ? "" : title;
        detail = detail == null || detail.isBlank() ? title : detail;
        field = field == null ? Optional.empty() : field;
        place = place == null ? Optional.empty() : place;
        jobId = jobId == null ? Optional.empty() : jobId;
    }

    /** The server itself failed (5xx), as opposed to refusing what it was sent. */
    public boolean serverFailed() {
        return status >= 500;
    }
}
