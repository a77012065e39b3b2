package com.cartwise.bootstrap.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.bootstrap.ThreeVariantShop;
import com.cartwise.bootstrap.server.CartwiseServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A starting instance sends each of its doors one recommendation without a key, over its own
 * sockets, before anyone else's request: both refuse it, the REST door first.
 */
class DoorRehearsalTest {
    @TempDir
    Path temp;

    private static List<String> answers(CartwiseServer server) {
        return server.context().getBean(ModelWarmUp.class).rehearsals().stream()
                .map(rehearsed -> rehearsed.door() + " " + rehearsed.recommendation()).toList();
    }

    @Test
    void eachDoorIsAskedOnceWithoutAKeyBeforeTheStartEndsUnlessSwitchedOff() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
            try (CartwiseServer rehearsed = ThreeVariantShop.replica(database, temp.resolve("rehearsed"), Map.of())) {
                assertEquals(List.of("REST HTTP 401", "gRPC UNAUTHENTICATED"), answers(rehearsed));
            }
            try (CartwiseServer quiet = ThreeVariantShop.replica(database, temp.resolve("quiet"),
                    Map.of("cartwise.recommender.serving.rehearse-doors", false))) {
                assertEquals(List.of(), answers(quiet));
            }
        }
    }
}
