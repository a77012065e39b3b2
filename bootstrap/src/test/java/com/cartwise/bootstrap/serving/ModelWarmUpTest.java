package com.cartwise.bootstrap.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.recommend.ServingModels;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.application.recommend.WarmUpModels;
import com.cartwise.bootstrap.ThreeVariantShop;
import com.cartwise.bootstrap.jobs.TrainingWarmUp;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A replica that starts over a database with trained shops serves their models from memory before its first request. */
class ModelWarmUpTest {
    private static final ShopId SHOP = ShopId.of("warm-shop");

    @TempDir
    Path temp;

    private static int readiness(CartwiseServer server) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.httpPort() + "/health/readiness")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private static ServingStatus grpcHealth(CartwiseServer server) throws InterruptedException {
        ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", server.grpcPort()).usePlaintext().build();
        try {
            return HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.newBuilder()
                    .setService(RecommendationServiceGrpc.SERVICE_NAME).build()).getStatus();
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aStartingReplicaLoadsTheTrainedShopsModelsBeforeItReportsReady() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start();
             CartwiseServer first = ThreeVariantShop.replica(database, temp.resolve("first"), Map.of())) {
            ThreeVariantShop.seed(first, SHOP);
            first.context().getBean(TrainRecommender.class).execute(new TrainRecommender.Command(SHOP, Optional.of("co_occurrence")));

            try (CartwiseServer second = ThreeVariantShop.replica(database, temp.resolve("second"), Map.of())) {
                var ended = second.context().getBean(WarmUpModels.class).ended().toCompletableFuture();
                assertTrue(ended.isDone(), "the start waits for the warm-up");
                assertEquals(List.of(SHOP), ended.join().loaded());
                assertEquals(List.of(SHOP), second.context().getBean(ServingModels.class).servedShops(), "before any request");
                assertEquals(200, readiness(second));
                assertEquals(ServingStatus.SERVING, grpcHealth(second));
                assertTrue(second.context().getBean(TrainingWarmUp.class).took().isPresent(), "a training rehearsed in the start");
            }
            try (CartwiseServer cold = ThreeVariantShop.replica(database, temp.resolve("cold"),
                    Map.of("cartwise.recommender.serving.warm-up-shops", 0))) {
                assertEquals(List.of(), cold.context().getBean(ServingModels.class).servedShops(), "warm-up switched off");
                assertEquals(200, readiness(cold));
            }
        }
    }
}
