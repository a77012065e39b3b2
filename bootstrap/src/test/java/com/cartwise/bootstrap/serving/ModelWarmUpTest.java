package com.cartwise.bootstrap.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.recommend.ServingModels;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.bootstrap.ThreeVariantShop;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.domain.shop.ShopId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    @Test
    void aStartingReplicaLoadsTheTrainedShopsModelsBeforeItReportsReady() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start();
             CartwiseServer first = ThreeVariantShop.replica(database, temp.resolve("first"), Map.of())) {
            ThreeVariantShop.seed(first, SHOP);
            first.context().getBean(TrainRecommender.class).execute(new TrainRecommender.Command(SHOP, Optional.of("co_occurrence")));

            try (CartwiseServer second = ThreeVariantShop.replica(database, temp.resolve("second"), Map.of())) {
                ModelWarmUp warmUp = second.context().getBean(ModelWarmUp.class);
                assertTrue(warmUp.done(), "the start waits for the warm-up");
                assertEquals(List.of(SHOP), warmUp.result().orElseThrow().loaded());
                assertEquals(List.of(SHOP), second.context().getBean(ServingModels.class).servedShops(), "before any request");
                assertEquals(200, readiness(second));
            }
            try (CartwiseServer cold = ThreeVariantShop.replica(database, temp.resolve("cold"),
                    Map.of("cartwise.recommender.serving.warm-up-shops", 0))) {
                assertEquals(List.of(), cold.context().getBean(ServingModels.class).servedShops(), "warm-up switched off");
                assertEquals(200, readiness(cold));
            }
        }
    }
}
