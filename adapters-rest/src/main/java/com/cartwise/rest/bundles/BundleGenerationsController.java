package com.cartwise.rest.bundles;

import com.cartwise.application.bundles.generation.StartBundleGeneration;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.jobs.JobJson;
import com.cartwise.rest.jobs.JobPaths;
import com.cartwise.rest.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;

/**
 * Starts a bundle generation: 202 with the job and its Location, followed (status, events, cancel)
 * through the shop's jobs; its partial results are the bundle recommendations with its job_id.
 */
@Controller("/api/v1/shops/{shopId}/bundle-generations")
@ExecuteOn(TaskExecutors.BLOCKING)
public class BundleGenerationsController {
    private final StartBundleGeneration startBundleGeneration;

    public BundleGenerationsController(StartBundleGeneration startBundleGeneration) {
        this.startBundleGeneration = startBundleGeneration;
    }

    /** 202 with the queued job; 404 for an unknown shop; 409 naming the job that holds the shop; 400 naming a bad member. */
    @Post
    public HttpResponse<?> start(String shopId, @Nullable @Body StartGenerationRequest body) {
        ShopId shop = ShopId.of(shopId);
        StartGenerationRequest request = body == null ? StartGenerationRequest.EMPTY : body;
        return switch (startBundleGeneration.execute(request.toCommand(shop))) {
            case StartBundleGeneration.Result.Started started -> HttpResponse.accepted(URI.create(JobPaths.job(shop, started.job().id())))
                    .body(JobJson.of(started.job()));
            case StartBundleGeneration.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
            case StartBundleGeneration.Result.ShopBusy busy -> Problems.shopBusy(busy.running());
        };
    }
}
