package com.cartwise.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * An RFC 9457 problem detail. Beside the standard members, {@code field} names the request
 * property to fix, {@code file}, {@code line}, {@code column}, {@code column_name} and
 * {@code value} the place in an uploaded file, and {@code job_id} the job a conflict is about;
 * members that do not apply are left out.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        @Nullable String field,
        @Nullable String file,
        @Nullable Long line,
        @Nullable Integer column,
        @Nullable String columnName,
        @Nullable String value,
        @Nullable String jobId) {

    static Problem of(String type, String title, int status, String detail) {
        return new Problem(type, title, status, detail, null, null, null, null, null, null, null);
    }
}
