package com.cartwise.benchmarks.load;

import com.cartwise.proto.v1.RecommendForCartRequest;
import com.cartwise.proto.v1.RecommendForCartResponse;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The gRPC doors: {@code RecommendForCart}, and the standard health Check of the same server (or of
 * the bare grpc-java server) as the floor, i.e. what a call costs that computes nothing. Both go
 * through the same channels, stubs and deadline, so their ratio is the cost of Cartwise's work.
 */
final class GrpcDoors {

    private GrpcDoors() {
    }

    /** Channels to one server; client thread {@code t} uses channel {@code t % channels}. */
    static final class Channels implements AutoCloseable {
        private final String target;
        private final ManagedChannel[] channels;

        Channels(String target, int count) {
            this.target = target;
            this.channels = new ManagedChannel[count];
            for (int i = 0; i < count; i++) {
                channels[i] = NettyChannelBuilder.forTarget(target).usePlaintext().build();
            }
        }

        ManagedChannel forThread(int thread) {
            return channels[thread % channels.length];
        }

        String target() {
            return target;
        }

        @Override
        public void close() {
            for (ManagedChannel channel : channels) {
                channel.shutdownNow();
            }
            for (ManagedChannel channel : channels) {
                try {
                    channel.awaitTermination(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    static Door recommendForCart(String name, Channels channels, Duration deadline, String shop, List<List<CartItem>> carts, int limit) {
        List<RecommendForCartRequest> requests = carts.stream().map(cart -> Requests.grpc(shop, cart, limit)).toList();
        return new Door() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Caller caller(int thread) {
                RecommendationServiceGrpc.RecommendationServiceBlockingStub stub =
                        RecommendationServiceGrpc.newBlockingStub(channels.forThread(thread));
                CartCycle cycle = new CartCycle(requests.size(), thread);
                return () -> {
                    RecommendForCartRequest request = requests.get(cycle.next());
                    RecommendForCartResponse response = stub
                            .withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS)
                            .recommendForCart(request);
                    if (response.getModelVersion() <= 0) {
                        throw new IllegalStateException("shop '" + shop + "' answered without a model (model_version "
                                + response.getModelVersion() + "): train it, or start Cartwise with serve --demo");
                    }
                };
            }

            @Override
            public void close() {
            }
        };
    }

    static Door healthCheck(String name, Channels channels, Duration deadline) {
        HealthCheckRequest request = HealthCheckRequest.newBuilder().setService("").build();
        return new Door() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Caller caller(int thread) {
                HealthGrpc.HealthBlockingStub stub = HealthGrpc.newBlockingStub(channels.forThread(thread));
                return () -> {
                    HealthCheckResponse response = stub.withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS).check(request);
                    if (response.getStatus() != HealthCheckResponse.ServingStatus.SERVING) {
                        throw new IllegalStateException(channels.target() + " reports " + response.getStatus());
                    }
                };
            }

            @Override
            public void close() {
            }
        };
    }
}
