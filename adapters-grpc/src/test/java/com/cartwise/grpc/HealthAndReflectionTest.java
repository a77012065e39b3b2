package com.cartwise.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Channel;
import io.grpc.Context;
import io.grpc.Context.CancellableContext;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.reflection.v1.ServiceResponse;
import io.grpc.stub.StreamObserver;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The standard health and reflection services, on the same server as the API. */
class HealthAndReflectionTest {
    private static final String RECOMMENDATION_SERVICE = "cartwise.v1.RecommendationService";
    private static GrpcTestServer server;

    @BeforeAll
    static void start() {
        server = GrpcTestServer.start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        server.close();
    }

    @Test
    void healthReportsServingForTheServerAsAWholeAndForTheRecommendationService() {
        assertEquals(ServingStatus.SERVING, check(""));
        assertEquals(ServingStatus.SERVING, check(RECOMMENDATION_SERVICE));
        assertEquals(ServingStatus.SERVING, check("cartwise.v1.BundleService"));
    }

    @Test
    void healthDoesNotClaimServicesThatAreNotServed() {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> check("cartwise.v1.NoSuchService"));
        assertEquals(Status.Code.NOT_FOUND, e.getStatus().getCode());
    }

    @Test
    void healthWatchersHearNotServingWhenTheServerShutsDown() throws Exception {
        try (GrpcTestServer stopping = GrpcTestServer.start()) {
            BlockingQueue<ServingStatus> heard = new LinkedBlockingQueue<>();
            CancellableContext watch = Context.current().withCancellation();
            watch.run(() -> HealthGrpc.newStub(stopping.channel()).watch(
                    HealthCheckRequest.newBuilder().setService(RECOMMENDATION_SERVICE).build(), collectInto(heard)));
            assertEquals(ServingStatus.SERVING, heard.poll(10, TimeUnit.SECONDS));

            // The server waits for open calls as it stops; this watch ends once it has heard.
            CompletableFuture<Void> stopped = CompletableFuture.runAsync(stopping::stopServer);
            assertEquals(ServingStatus.NOT_SERVING, heard.poll(10, TimeUnit.SECONDS));
            watch.cancel(null);
            stopped.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void reflectionListsTheApiAlongsideHealthAndItself() throws Exception {
        ServerReflectionResponse response = reflect(server.channel(),
                ServerReflectionRequest.newBuilder().setListServices("").build());

        Set<String> services = response.getListServicesResponse().getServiceList().stream()
                .map(ServiceResponse::getName).collect(Collectors.toSet());
        assertEquals(Set.of(RECOMMENDATION_SERVICE, "cartwise.v1.BundleService", "cartwise.v1.EventService", "grpc.health.v1.Health",
                "grpc.reflection.v1.ServerReflection"), services);
    }

    @Test
    void reflectionServesTheProtoFileThatDefinesTheApi() throws Exception {
        ServerReflectionResponse response = reflect(server.channel(),
                ServerReflectionRequest.newBuilder().setFileContainingSymbol(RECOMMENDATION_SERVICE).build());

        FileDescriptorProto file = parse(response);
        assertEquals("cartwise/v1/recommendations.proto", file.getName());
        assertTrue(file.getServiceList().stream().anyMatch(s -> s.getName().equals("RecommendationService")));
    }

    @Test
    void reflectionCanBeSwitchedOff() throws Exception {
        try (GrpcTestServer withoutReflection = GrpcTestServer.start(Map.of(ReflectionFactory.ENABLED, false))) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> reflect(withoutReflection.channel(),
                    ServerReflectionRequest.newBuilder().setListServices("").build()));

            StatusRuntimeException status = assertInstanceOf(StatusRuntimeException.class, e.getCause());
            assertEquals(Status.Code.UNIMPLEMENTED, status.getStatus().getCode());
        }
    }

    private static ServingStatus check(String service) {
        return HealthGrpc.newBlockingStub(server.channel())
                .withDeadlineAfter(10, TimeUnit.SECONDS)
                .check(HealthCheckRequest.newBuilder().setService(service).build())
                .getStatus();
    }

    private static StreamObserver<HealthCheckResponse> collectInto(BlockingQueue<ServingStatus> heard) {
        return new StreamObserver<>() {
            @Override
            public void onNext(HealthCheckResponse response) {
                heard.add(response.getStatus());
            }

            @Override
            public void onError(Throwable t) {
                // Cancelled by the test once it has heard enough.
            }

            @Override
            public void onCompleted() {
            }
        };
    }

    /** Reflection is a bidirectional stream: one request, its one answer, then done. */
    private static ServerReflectionResponse reflect(Channel channel, ServerReflectionRequest request) throws Exception {
        CompletableFuture<ServerReflectionResponse> answer = new CompletableFuture<>();
        StreamObserver<ServerReflectionRequest> requests = ServerReflectionGrpc.newStub(channel)
                .withDeadlineAfter(10, TimeUnit.SECONDS)
                .serverReflectionInfo(new StreamObserver<>() {
                    @Override
                    public void onNext(ServerReflectionResponse response) {
                        answer.complete(response);
                    }

                    @Override
                    public void onError(Throwable t) {
                        answer.completeExceptionally(t);
                    }

                    @Override
                    public void onCompleted() {
                        answer.completeExceptionally(new AssertionError("the stream ended without an answer"));
                    }
                });
        requests.onNext(request);
        requests.onCompleted();
        return answer.get(10, TimeUnit.SECONDS);
    }

    private static FileDescriptorProto parse(ServerReflectionResponse response) throws InvalidProtocolBufferException {
        return FileDescriptorProto.parseFrom(response.getFileDescriptorResponse().getFileDescriptorProto(0));
    }
}
