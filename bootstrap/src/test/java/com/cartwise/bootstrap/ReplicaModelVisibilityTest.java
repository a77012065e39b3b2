package com.cartwise.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.port.Catalog;
import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.application.recommend.UpdateRecommender;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.shop.ShopId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Cartwise instances on one PostgreSQL, as two replicas behind a load balancer: a model
 * trained (or updated) on one is served by the other within seconds, without a restart.
 */
class ReplicaModelVisibilityTest {
    private static final ShopId SHOP = ShopId.of("replicated");
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @TempDir
    Path temp;

    private static CartwiseServer replica(EmbeddedPostgres database, Path dataDirectory) {
        return ThreeVariantShop.replica(database, dataDirectory, Map.of("cartwise.recommender.serving.version-check", "200ms"));
    }

    private static RecommendForCart.Result.Recommended ask(CartwiseServer server) {
        RecommendForCart.Result result = server.context().getBean(RecommendForCart.class)
                .execute(new RecommendForCart.Command(SHOP, List.of(new VariantKey.BySku("A")), 3));
        return assertInstanceOf(RecommendForCart.Result.Recommended.class, result);
    }

    /** Asks the replica until it answers from the given version; returns how long that took. */
    private static Duration untilServed(CartwiseServer server, long version) throws InterruptedException {
        long started = System.nanoTime();
        while (ask(server).modelVersion() != version) {
            assertTrue(System.nanoTime() - started < PATIENCE.toNanos(), "version " + version + " never reached the replica");
            Thread.sleep(50);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    @Test
    void aReplicaServesTheModelTrainedOrUpdatedOnAnotherWithinSeconds() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start();
             CartwiseServer first = replica(database, temp.resolve("unused-1"));
             CartwiseServer second = replica(database, temp.resolve("unused-2"))) {
            ThreeVariantShop.seed(first, SHOP);
            first.context().getBean(TrainRecommender.class).execute(new TrainRecommender.Command(SHOP, Optional.of("co_occurrence")));
            assertEquals(1, ask(second).modelVersion(), "the second replica loads the stored model on first use");
            assertEquals("B", ask(second).recommendations().getFirst().variant().sku());

            // a training on the first replica: the second still serves version 1, then version 2 within seconds
            first.context().getBean(TrainRecommender.class).execute(new TrainRecommender.Command(SHOP, Optional.of("lift")));
            Duration trained = untilServed(second, 2);
            assertEquals(Optional.of("lift"), ask(second).metric());

            // an update on the first replica (three orders of A with C) reaches the second as version 3: C now leads
            long a = idOf(first, "A");
            long c = idOf(first, "C");
            Instant later = Instant.parse("2024-06-01T10:00:00Z");
            first.context().getBean(UpdateRecommender.class).execute(new UpdateRecommender.Command(SHOP,
                    Baskets.builder().add(later, new long[] {a, c}).add(later, new long[] {a, c}).add(later, new long[] {c, a}).build()));
            Duration updated = untilServed(second, 3);
            assertEquals("C", ask(second).recommendations().getFirst().variant().sku());

            assertTrue(trained.compareTo(Duration.ofSeconds(5)) < 0, "training seen after " + trained);
            assertTrue(updated.compareTo(Duration.ofSeconds(5)) < 0, "update seen after " + updated);
        }
    }

    private static long idOf(CartwiseServer server, String sku) {
        return server.context().getBean(Catalog.class).variantsWithSkus(SHOP, List.of(sku)).getFirst().id();
    }
}
