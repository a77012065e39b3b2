package com.cartwise.rest.bundles;

import com.cartwise.rest.problem.Problem;
import com.cartwise.rest.problem.Problems;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import com.cartwise.application.bundles.generation.StartBundleGeneration;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.jobs.StartedJobs;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Starts a bundle generation: 202 with the job and its Location, followed (status, events, cancel)
 * through the shop's jobs; its partial results are the bundle recommendations with its job_id.
 */
@Controller("/api/v1/shops/{shopId}/bundle-generations")
@ApiResponse(responseCode = "4XX", description = "A problem (RFC 9457) whose type is a stable URN",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ExecuteOn(TaskExecutors.BLOCKING)
public class BundleGenerationsController {
    private final StartBundleGeneration startBundleGeneration;
    private final StartedJobs startedJobs;

    public BundleGenerationsController(StartBundleGeneration startBundleGeneration, StartedJobs startedJobs) {
        this.startBundleGeneration = startBundleGeneration;
        this.startedJobs = startedJobs;
    }

    /**
     * 202 with the queued job; with {@code ?wait=true}, 201 with the job and its report once it has
     * ended. 404 for an unknown shop; 409 naming the job that holds the shop; 400 naming a bad member.
     */
    @Post
    public HttpResponse<?> start(String shopId, @Nullable @QueryValue Boolean wait, @Nullable @Body StartGenerationRequest body) {
        StartGenerationRequest request = body == null ? StartGenerationRequest.EMPTY : body;
        return startedJobs.answer(startBundleGeneration.execute(request.toCommand(ShopId.of(shopId))), Boolean.TRUE.equals(wait));
    }
}
