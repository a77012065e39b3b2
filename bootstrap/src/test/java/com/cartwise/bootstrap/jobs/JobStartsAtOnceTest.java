package com.cartwise.bootstrap.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.ThreeVariantShop;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.bootstrap.tenancy.Requests;
import com.cartwise.domain.shop.ShopId;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job queued on an instance is taken by that instance's idle workers at once, not at their next
 * look at the database: with workers that look only every ten minutes and a request that waits
 * twenty seconds for its job, a training still ends within the request.
 */
class JobStartsAtOnceTest {
    @TempDir
    Path dataDirectory;

    @Test
    void aTrainingQueuedHereRunsBeforeTheWorkersNextPoll() throws Exception {
        try (CartwiseServer server = TestServers.embedded(dataDirectory, Map.of(
                "cartwise.jobs.poll-interval", "10m",
                "cartwise.jobs.wait-limit", "20s"))) {
            ThreeVariantShop.seed(server, ShopId.of("at-once"));

            HttpResponse<String> trained = Requests.send(server.httpPort(), TestServers.OPERATOR_KEY, "POST",
                    "/api/v1/shops/at-once/models?wait=true", "application/json", "{}", Map.of());

            // 202 would say the wait ran out with the job still queued
            assertEquals(201, trained.statusCode(), trained.body());
            assertTrue(trained.body().contains("\"state\":\"succeeded\""), trained.body());
        }
    }
}
