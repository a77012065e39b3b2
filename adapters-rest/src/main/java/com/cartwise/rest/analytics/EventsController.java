package com.cartwise.rest.analytics;

import com.cartwise.application.analytics.RecordEvents;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.problem.Problems;
import com.cartwise.rest.problem.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** The REST twin of the gRPC EventService.RecordEvents: a batch of events from a till or storefront. */
@Controller("/api/v1/shops/{shopId}/events")
@ApiResponse(responseCode = "4XX", description = "A problem (RFC 9457) whose type is a stable URN",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EventsController {
    private final RecordEvents recordEvents;

    public EventsController(RecordEvents recordEvents) {
        this.recordEvents = recordEvents;
    }

    /** 200 with how many events were new and how many were duplicates (a retry); 400 naming the field at fault; 404 for an unknown shop. */
    @Post
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> record(String shopId, @Nullable @Body RecordEventsRequest body) {
        RecordEventsRequest request = body == null ? new RecordEventsRequest(null) : body;
        return switch (recordEvents.execute(request.toCommand(ShopId.of(shopId)))) {
            case RecordEvents.Result.Recorded recorded ->
                    HttpResponse.ok(new Answer(recorded.received(), recorded.recorded(), recorded.duplicates()));
            case RecordEvents.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
        };
    }

    /** The REST twin of the proto's RecordEventsResponse. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Answer(int received, int recorded, int duplicates) {
    }
}
