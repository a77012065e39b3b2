package com.cartwise.benchmarks.load;

import com.cartwise.proto.v1.RecommendForCartRequest;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import com.google.protobuf.CodedInputStream;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ClientCalls;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The gRPC doors: {@code RecommendForCart}, and the standard health Check of the same server (or of
 * the bare grpc-java server) as the floor, i.e. what a call costs that computes nothing. Both go
 * through the same channels, stubs and deadline, so their ratio is the cost of Cartwise's work.
 */
public final class GrpcDoors {

    private GrpcDoors() {
    }

    /** Channels to one server; client thread {@code t} uses channel {@code t % channels}. */
    public static final class Channels implements AutoCloseable {
        private final String target;
        private final ManagedChannel[] channels;

        /** @param key sent in every call's metadata ({@code authorization: Bearer}); null for none (the bare server) */
        public Channels(String target, int count, String key) {
            this.target = target;
            this.channels = new ManagedChannel[count];
            for (int i = 0; i < count; i++) {
                NettyChannelBuilder builder = NettyChannelBuilder.forTarget(target).usePlaintext();
                if (key != null) {
                    io.grpc.Metadata headers = new io.grpc.Metadata();
                    headers.put(io.grpc.Metadata.Key.of("authorization", io.grpc.Metadata.ASCII_STRING_MARSHALLER), "Bearer " + key);
                    builder.intercept(io.grpc.stub.MetadataUtils.newAttachHeadersInterceptor(headers));
                }
                channels[i] = builder.build();
            }
        }

        public ManagedChannel forThread(int thread) {
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

    /**
     * RecommendForCart. The answer is checked (a status other than OK throws; model_version, the
     * first field on the wire, must be set) but not decoded: on two shared cores the client's
     * parsing of five recommendations would be charged to the server, and the REST door does not
     * parse its JSON either. {@code decode} parses every answer as a real client would.
     */
    public static Door recommendForCart(String name, Channels channels, Duration deadline, String shop, List<List<CartItem>> carts,
                                 int limit, boolean decode) {
        List<RecommendForCartRequest> requests = carts.stream().map(cart -> Requests.grpc(shop, cart, limit)).toList();
        MethodDescriptor<RecommendForCartRequest, byte[]> undecoded = RecommendationServiceGrpc.getRecommendForCartMethod()
                .toBuilder(ProtoUtils.marshaller(RecommendForCartRequest.getDefaultInstance()), new RawBytes())
                .build();
        return Door.named(name, thread -> {
            ManagedChannel channel = channels.forThread(thread);
            RecommendationServiceGrpc.RecommendationServiceBlockingStub stub = RecommendationServiceGrpc.newBlockingStub(channel);
            CartCycle cycle = new CartCycle(requests.size(), thread);
            return () -> {
                RecommendForCartRequest request = requests.get(cycle.next());
                long modelVersion = decode
                        ? stub.withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS).recommendForCart(request).getModelVersion()
                        : modelVersion(ClientCalls.blockingUnaryCall(channel, undecoded,
                                CallOptions.DEFAULT.withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS), request));
                if (modelVersion <= 0) {
                    throw new IllegalStateException("shop '" + shop + "' answered without a model: train it, "
                            + "or start Cartwise with serve --demo");
                }
            };
        });
    }

    /**
     * One RecommendForCart with a patient deadline, before any load: a shop's first request loads
     * its model from the database (seconds for a million orders), which is no serving figure and
     * would fail the warm-up's calls by their deadline. Answers how long it took.
     */
    public static Duration prime(Channels channels, String shop, List<CartItem> cart, int limit) {
        long started = System.nanoTime();
        long modelVersion = RecommendationServiceGrpc.newBlockingStub(channels.forThread(0)).withDeadlineAfter(2, TimeUnit.MINUTES)
                .recommendForCart(Requests.grpc(shop, cart, limit)).getModelVersion();
        if (modelVersion <= 0) {
            throw new IllegalStateException("shop '" + shop + "' answered without a model: train it, or start Cartwise with serve --demo");
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** model_version (field 1, a varint) if the message starts with it, as proto3 writes it when set; else 0. */
    static long modelVersion(byte[] response) throws IOException {
        if (response.length == 0 || response[0] != 0x08) {
            return 0;
        }
        CodedInputStream in = CodedInputStream.newInstance(response, 1, response.length - 1);
        return in.readInt64();
    }

    private static final class RawBytes implements MethodDescriptor.Marshaller<byte[]> {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try (stream) {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Door healthCheck(String name, Channels channels, Duration deadline) {
        HealthCheckRequest request = HealthCheckRequest.newBuilder().setService("").build();
        return Door.named(name, thread -> {
            HealthGrpc.HealthBlockingStub stub = HealthGrpc.newBlockingStub(channels.forThread(thread));
            return () -> {
                HealthCheckResponse response = stub.withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS).check(request);
                if (response.getStatus() != HealthCheckResponse.ServingStatus.SERVING) {
                    throw new IllegalStateException(channels.target() + " reports " + response.getStatus());
                }
            };
        });
    }
}
