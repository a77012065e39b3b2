package com.cartwise.rest.shopify;

import com.cartwise.rest.problem.Problem;
import com.cartwise.rest.problem.Problems;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import com.cartwise.application.shopify.webhooks.ReceiveWebhook;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Shopify's webhook deliveries, every topic to one address (the topic is in X-Shopify-Topic). The
 * body is taken as the raw bytes Shopify signed; the answer comes within milliseconds, since the
 * work is queued as a job: 200 for a delivery kept (or known, or of no concern), 401 for one that is
 * unsigned, forged or stale, which Shopify counts as failed.
 */
@Controller("/api/v1/shopify/webhooks")
@ApiResponse(responseCode = "4XX", description = "A problem (RFC 9457) whose type is a stable URN",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ExecuteOn(TaskExecutors.BLOCKING)
public class ShopifyWebhooksController {
    private final ReceiveWebhook receive;

    public ShopifyWebhooksController(ReceiveWebhook receive) {
        this.receive = receive;
    }

    @Post
    @Consumes(MediaType.ALL)
    public HttpResponse<?> deliver(@Nullable @Header("X-Shopify-Shop-Domain") String shopDomain,
                                   @Nullable @Header("X-Shopify-Topic") String topic,
                                   @Nullable @Header("X-Shopify-Webhook-Id") String webhookId,
                                   @Nullable @Header("X-Shopify-Triggered-At") String triggeredAt,
                                   @Nullable @Header("X-Shopify-Hmac-Sha256") String hmac,
                                   @Nullable @Body byte[] body) {
        return switch (receive.execute(new ReceiveWebhook.Delivery(shopDomain, topic, webhookId, triggeredAt, hmac,
                body == null ? new byte[0] : body))) {
            case ReceiveWebhook.Result.Accepted accepted -> HttpResponse.ok();
            case ReceiveWebhook.Result.Duplicate duplicate -> HttpResponse.ok();
            case ReceiveWebhook.Result.Ignored ignored -> HttpResponse.ok();
            case ReceiveWebhook.Result.Unauthentic un -> ShopifyProblems.unauthentic(un.why());
        };
    }
}
