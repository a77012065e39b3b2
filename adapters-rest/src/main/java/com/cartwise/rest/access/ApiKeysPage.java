package com.cartwise.rest.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** {"api_keys": [...], "next_cursor"}: a page of a shop's keys, oldest first; {@code next_cursor} is null on the last page. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ApiKeysPage(List<ApiKeyJson> apiKeys, @Nullable String nextCursor) {
}
