package com.cartwise.rest.shopify;

import com.cartwise.rest.jobs.JobJson;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * The answer to a connect or an install: the connection, the webhook topics Shopify now sends to
 * Cartwise, the recommended scopes the token lacks, and the historical sync's job (or why none started).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ConnectedJson(ShopifyStatusJson connection, List<String> webhooksSubscribed, List<String> missingRecommendedScopes,
                            @Nullable JobJson syncJob, @Nullable String syncNotStarted) {
}
