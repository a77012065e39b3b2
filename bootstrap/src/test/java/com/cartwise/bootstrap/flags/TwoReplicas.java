package com.cartwise.bootstrap.flags;

import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.robustness.RestCalls;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two replicas of Cartwise on one PostgreSQL ({@link ReplicasOfADemoShop#replica}): the operator's
 * REST calls to the first ({@link #admin}), REST calls to the second ({@link #other}) and a till's
 * gRPC stub on the second ({@link #till}), so that whatever the first changes is seen through the other.
 */
final class TwoReplicas implements AutoCloseable {
    private final EmbeddedPostgres database;
    private final CartwiseServer first;
    private final CartwiseServer second;
    private final ManagedChannel channel;
    final RestCalls admin;
    final RestCalls other;
    final RecommendationServiceGrpc.RecommendationServiceBlockingStub till;

    private TwoReplicas(EmbeddedPostgres database, CartwiseServer first, CartwiseServer second) {
        this.database = database;
        this.first = first;
        this.second = second;
        this.admin = new RestCalls(first.httpPort());
        this.other = new RestCalls(second.httpPort());
        this.channel = ManagedChannelBuilder.forAddress("localhost", second.grpcPort()).usePlaintext()
                .intercept(TestServers.operatorKey()).build();
        this.till = RecommendationServiceGrpc.newBlockingStub(channel);
    }

    /** @param settings more settings of both replicas */
    static TwoReplicas start(Path temp, Map<String, Object> settings) throws IOException {
        EmbeddedPostgres database = EmbeddedPostgres.builder().start();
        CartwiseServer first = null;
        try {
            first = ReplicasOfADemoShop.replica(database, temp, temp.resolve("one"), settings);
            return new TwoReplicas(database, first, ReplicasOfADemoShop.replica(database, temp, temp.resolve("two"), settings));
        } catch (RuntimeException | Error e) {
            try (database; CartwiseServer started = first) {
                throw e;
            }
        }
    }

    @Override
    public void close() throws Exception {
        try (database; first; second) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
