package com.cartwise.rest.recommend;

import com.cartwise.rest.problem.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import com.cartwise.application.jobs.start.StartJob;
import com.cartwise.application.recommend.DescribeModel;
import com.cartwise.application.recommend.ListModels;
import com.cartwise.application.recommend.training.StartTraining;
import com.cartwise.application.recommend.training.TrainingRequest;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.jobs.StartedJobs;
import com.cartwise.rest.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;

/** Training a shop's next model from its orders, as a job (the new model serves once it ends), and the reports of its models. */
@Controller("/api/v1/shops/{shopId}/models")
@ApiResponse(responseCode = "4XX", description = "A problem (RFC 9457) whose type is a stable URN",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ExecuteOn(TaskExecutors.BLOCKING)
public class ModelsController {
    private final StartTraining startTraining;
    private final StartedJobs startedJobs;
    private final ListModels listModels;
    private final DescribeModel describeModel;

    public ModelsController(StartTraining startTraining, StartedJobs startedJobs, ListModels listModels, DescribeModel describeModel) {
        this.startTraining = startTraining;
        this.startedJobs = startedJobs;
        this.listModels = listModels;
        this.describeModel = describeModel;
    }

    /**
     * Queues a full training of the shop's recommender: 202 with the job and its Location (follow it
     * at {@code .../jobs/{id}/events}); with {@code ?wait=true}, 201 with the job and its report (the
     * model version, linked) once it has ended, or the failure as problem+json (409
     * {@code nothing-to-learn} when no order line matches a catalogue variant). 404 for an unknown shop,
     * 409 naming the job that holds the shop, 400 for an unknown metric.
     */
    @Post
    public HttpResponse<?> train(String shopId, @Nullable @QueryValue Boolean wait, @Nullable @Body TrainModelRequest body) {
        TrainModelRequest request = body == null ? new TrainModelRequest(null) : body;
        StartJob.Result started = startTraining.execute(ShopId.of(shopId), new TrainingRequest(request.chosenMetric()));
        return startedJobs.answer(started, Boolean.TRUE.equals(wait));
    }

    /**
     * 200 with a page of the shop's models, newest first (none yet: an empty list); 404 for an unknown shop.
     *
     * @param limit  at most this many, 1-100 (default 20)
     * @param cursor the {@code next_cursor} of the previous page
     */
    @Get
    public HttpResponse<?> list(String shopId, @Nullable @QueryValue Integer limit, @Nullable @QueryValue String cursor) {
        ListModels.Query query = new ListModels.Query(ShopId.of(shopId), limit == null ? ListModels.DEFAULT_LIMIT : limit,
                cursor == null || cursor.isBlank() ? Optional.empty() : Optional.of(ListModels.After.parse(cursor)));
        return switch (listModels.execute(query)) {
            case ListModels.Result.Listed listed -> HttpResponse.ok(new ModelDescription.Listed(
                    listed.models().stream().map(ModelSummary::of).toList(),
                    listed.models().size() == query.limit() ? ListModels.After.of(listed.models().getLast()).text() : null));
            case ListModels.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
        };
    }

    /** 200 with the model and its whole evaluation table; 404 for an unknown shop or version. */
    @Get("/{version}")
    public HttpResponse<?> describe(String shopId, long version) {
        return switch (describeModel.execute(ShopId.of(shopId), version)) {
            case DescribeModel.Result.Described described -> HttpResponse.ok(ModelDescription.of(described.model()));
            case DescribeModel.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
            case DescribeModel.Result.ModelNotFound notFound -> Problems.modelNotFound(notFound.shop(), notFound.version());
        };
    }
}
