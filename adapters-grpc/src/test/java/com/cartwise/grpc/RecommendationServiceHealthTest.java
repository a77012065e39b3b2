package com.cartwise.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.application.fakes.InMemoryApiKeys;
import com.cartwise.application.fakes.InMemoryCatalog;
import com.cartwise.application.fakes.InMemoryModelStore;
import com.cartwise.application.fakes.InMemoryShops;
import com.cartwise.application.fakes.InMemoryStore;
import com.cartwise.application.recommend.ServingModels;
import com.cartwise.application.recommend.WarmUpModels;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.protobuf.services.HealthStatusManager;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The standard health service tells load balancers not to send tills while the models load at start. */
class RecommendationServiceHealthTest {

    private static ServingStatus status(ManagedChannel channel, String service) {
        return HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.newBuilder().setService(service).build()).getStatus();
    }

    /** Runs {@code checks} with a channel to a real server whose only service is the manager's health service. */
    private static void overASocket(HealthStatusManager health, Consumer<ManagedChannel> checks) throws Exception {
        Server server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create()).addService(health.getHealthService())
                .build().start();
        ManagedChannel channel = Grpc.newChannelBuilderForAddress("localhost", server.getPort(), InsecureChannelCredentials.create())
                .build();
        try {
            checks.accept(channel);
        } finally {
            channel.shutdownNow();
            server.shutdownNow();
        }
    }

    @Test
    void everyServiceIsNotServingUntilTheModelsLoadedAtStartThenServing() throws Exception {
        HealthStatusManager health = new HealthStatusManager();
        InMemoryModelStore store = new InMemoryModelStore();
        WarmUpModels warmUp = new WarmUpModels(store, new InMemoryApiKeys(), new ServingModels(store, new InMemoryCatalog(new InMemoryStore(new InMemoryShops()))));
        new RecommendationServiceHealth(health, warmUp);
        overASocket(health, channel -> {
            List<String> services = List.of("", RecommendationServiceGrpc.SERVICE_NAME, "cartwise.v1.BundleService");
            assertEquals(List.of(ServingStatus.NOT_SERVING, ServingStatus.NOT_SERVING, ServingStatus.NOT_SERVING),
                    services.stream().map(service -> status(channel, service)).toList());

            warmUp.execute(10);

            assertEquals(List.of(ServingStatus.SERVING, ServingStatus.SERVING, ServingStatus.SERVING),
                    services.stream().map(service -> status(channel, service)).toList());
        });
    }

    @Test
    void withoutAWarmUpEveryServiceServesAtOnce() throws Exception {
        HealthStatusManager health = new HealthStatusManager();
        new RecommendationServiceHealth(health, null);

        overASocket(health, channel -> assertEquals(ServingStatus.SERVING, status(channel, RecommendationServiceGrpc.SERVICE_NAME)));
    }
}
