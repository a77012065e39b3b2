package com.cartwise.rest.recommend;

import com.cartwise.application.recommend.DescribeModel;
import com.cartwise.application.recommend.ListModels;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Training a shop's next model from its orders (the new model serves at once), and the reports of its models. */
@Controller("/api/v1/shops/{shopId}/models")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ModelsController {
    private final TrainRecommender trainRecommender;
    private final ListModels listModels;
    private final DescribeModel describeModel;

    public ModelsController(TrainRecommender trainRecommender, ListModels listModels, DescribeModel describeModel) {
        this.trainRecommender = trainRecommender;
        this.listModels = listModels;
        this.describeModel = describeModel;
    }

    /** 201 with the model; 404 for an unknown shop; 409 when no order line matches a catalogue variant; 400 for an unknown metric. */
    @Post
    public HttpResponse<?> train(String shopId, @Nullable @Body TrainModelRequest body) {
        ShopId shop = ShopId.of(shopId);
        TrainModelRequest request = body == null ? new TrainModelRequest(null) : body;
        return switch (trainRecommender.execute(new TrainRecommender.Command(shop, request.chosenMetric()))) {
            case TrainRecommender.Result.Trained trained -> HttpResponse.status(HttpStatus.CREATED).body(ModelTrained.of(trained));
            case TrainRecommender.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
            case TrainRecommender.Result.NothingToLearn nothing -> Problems.nothingToLearn(whatToImport(shop, nothing.history()));
        };
    }

    /** 200 with the shop's models, newest first (none yet: an empty list); 404 for an unknown shop. */
    @Get
    public HttpResponse<?> list(String shopId) {
        return switch (listModels.execute(ShopId.of(shopId))) {
            case ListModels.Result.Listed listed ->
                    HttpResponse.ok(new ModelDescription.Listed(listed.models().stream().map(ModelSummary::of).toList()));
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

    private static String whatToImport(ShopId shop, BasketHistory history) {
        if (history.orders() == 0) {
            return "Shop '" + shop + "' has no orders yet: import a Shopify orders export (Orders > Export) and its products"
                    + " export (Products > Export) with POST /api/v1/shops/" + shop + "/imports, then train again.";
        }
        return "None of the " + history.lines() + " lines of the shop's " + history.orders() + " orders matches a catalogue"
                + " variant by SKU or by name: import the products export (Products > Export) these orders were placed"
                + " from with POST /api/v1/shops/" + shop + "/imports, then train again.";
    }
}
