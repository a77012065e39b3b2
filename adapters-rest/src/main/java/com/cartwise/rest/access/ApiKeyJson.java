package com.cartwise.rest.access;

import com.cartwise.application.access.IssuedKey;
import com.cartwise.application.access.StoredKey;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;

/**
 * A key as the admin API shows it. {@code key}, the key's text, is there only in the answer that
 * issued it; a list never shows it (Cartwise keeps only its hash).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ApiKeyJson(String keyId, String shopId, String label, Instant createdAt, @Nullable Instant lastUsedAt,
                         @Nullable Instant revokedAt, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String key) {

    static ApiKeyJson listed(String shop, StoredKey stored) {
        return new ApiKeyJson(stored.id().value(), shop, stored.label(), stored.createdAt(), stored.lastUsedAt().orElse(null),
                stored.revokedAt().orElse(null), null);
    }

    static ApiKeyJson issued(String shop, IssuedKey issued) {
        StoredKey stored = issued.stored();
        return new ApiKeyJson(stored.id().value(), shop, stored.label(), stored.createdAt(), null, null, issued.text());
    }

    // A record's generated toString would print the key.
    @Override
    public String toString() {
        return "ApiKeyJson[" + keyId + ", " + shopId + "]";
    }
}
