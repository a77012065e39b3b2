package com.cartwise.rest.shopify;

import com.cartwise.application.shopify.ConnectionError;
import com.cartwise.application.shopify.SyncRecord;
import com.cartwise.application.shopify.connect.ShopifyStatus;
import com.cartwise.rest.jobs.JobPaths;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;

/**
 * A shop's link to Shopify as GET .../shopify/connection shows it. Never a token or a secret:
 * {@code webhook_signing} says only whose secret checks the webhooks.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ShopifyStatusJson(
        String shopId,
        String shopDomain,
        String state,
        String installedBy,
        List<String> scopes,
        String webhookSigning,
        Instant connectedAt,
        @Nullable Instant endedAt,
        @Nullable LastSync lastSync,
        @Nullable Instant syncCursor,
        @Nullable Instant nextSyncAt,
        @Nullable Instant lastWebhookAt,
        long webhooksWaiting,
        Holdings holdings,
        List<ErrorJson> errors) {

    static ShopifyStatusJson of(ShopifyStatus status) {
        var c = status.connection();
        return new ShopifyStatusJson(c.shop().value(), c.domain().value(), c.state().wireName(), c.installedBy().wireName(),
                c.scopes().stream().sorted().toList(), c.ownWebhookSecret() ? "own_app" : "cartwise_app", c.connectedAt(),
                c.endedAt().orElse(null), status.lastSync().map(s -> LastSync.of(c.shop(), s)).orElse(null),
                status.cursor().orElse(null), status.nextSync().orElse(null), status.lastWebhook().orElse(null),
                status.webhooksWaiting(),
                new Holdings(status.holdings().products(), status.holdings().variants(), status.holdings().orders()),
                status.errors().stream().map(ErrorJson::of).toList());
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LastSync(String jobId, String mode, String state, Instant finishedAt, String message, String job) {
        static LastSync of(com.cartwise.domain.shop.ShopId shop, SyncRecord s) {
            return new LastSync(s.job().toString(), s.mode().wireName(), s.state().wireName(), s.finishedAt(), s.message(),
                    JobPaths.job(shop, s.job()));
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Holdings(long products, long variants, long orders) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ErrorJson(Instant at, String source, String message) {
        static ErrorJson of(ConnectionError e) {
            return new ErrorJson(e.at(), e.source(), e.message());
        }
    }
}
