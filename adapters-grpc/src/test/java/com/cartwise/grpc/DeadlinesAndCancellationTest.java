package com.cartwise.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.grpc.GatedModelStoreFactory.GatedModelStore;
import com.cartwise.proto.v1.CartItem;
import com.cartwise.proto.v1.RecommendForCartRequest;
import com.cartwise.proto.v1.RecommendForCartResponse;
import com.cartwise.proto.v1.RecommendForProductRequest;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import com.google.common.util.concurrent.ListenableFuture;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deadlines and cancellation over a real socket, on the path that can wait: the server has one
 * model-loading thread, held by a slow load of another shop, so the call under test waits in the
 * queue while its deadline passes or its client gives up. When its turn comes it must not be
 * computed: the store never sees it.
 */
class DeadlinesAndCancellationTest {
    private static final ShopId SKI_SHOP = ShopId.of(SkiShop.ID);
    private GrpcTestServer server;
    private GatedModelStore store;
    private HandledCalls handled;

    @BeforeEach
    void start() {
        server = GrpcTestServer.start(Map.of(
                InMemoryCartwiseFactory.WIRING, GatedModelStoreFactory.WIRING,
                ModelLoadingExecutor.THREADS, 1));
        SkiShop.seed(server.bean(InMemoryCartwise.class));
        store = server.bean(GatedModelStore.class);
        handled = server.bean(HandledCalls.class);
    }

    @AfterEach
    void stop() throws InterruptedException {
        store.open();
        server.close();
    }

    @Test
    void aCallWhoseDeadlinePassesWhileItWaitsForTheDatabaseIsNeverComputed() throws Exception {
        assertALateCallIsNeverComputed(() -> futureStub(500).recommendForCart(cartOf(SkiShop.ID)));
    }

    @Test
    void aProductPageCallWhoseDeadlinePassesWhileItWaitsForTheDatabaseIsNeverComputed() throws Exception {
        assertALateCallIsNeverComputed(() -> futureStub(500).recommendForProduct(
                RecommendForProductRequest.newBuilder().setShopId(SkiShop.ID).setHandle("alpine-skis").build()));
    }

    /** A call made while the only loading thread is held, with a deadline that passes before the thread is free. */
    private void assertALateCallIsNeverComputed(Supplier<ListenableFuture<?>> lateCall) throws Exception {
        ListenableFuture<RecommendForCartResponse> held = holdTheOnlyLoadingThread();

        ListenableFuture<?> late = lateCall.get();
        handled.await(2);
        Status status = failureOf(late);
        // The server's own deadline counts from the request's arrival, a moment after the client's.
        Thread.sleep(200);
        store.open();

        assertEquals(Status.Code.DEADLINE_EXCEEDED, status.getCode());
        assertEquals(0, held.get(10, TimeUnit.SECONDS).getModelVersion());
        assertTheLateCallWasNeverComputed();
    }

    @Test
    void aCallItsClientCancelledWhileItWaitsForTheDatabaseIsNeverComputed() throws Exception {
        ListenableFuture<RecommendForCartResponse> held = holdTheOnlyLoadingThread();

        Context.CancellableContext client = Context.current().withCancellation();
        ListenableFuture<RecommendForCartResponse> cancelled = client.call(() -> futureStub(30_000).recommendForCart(cartOf(SkiShop.ID)));
        handled.await(2);
        client.cancel(null);
        Status status = failureOf(cancelled);
        // The cancellation travels to the server as a RST_STREAM frame.
        Thread.sleep(200);
        store.open();

        assertEquals(Status.Code.CANCELLED, status.getCode());
        assertEquals(0, held.get(10, TimeUnit.SECONDS).getModelVersion());
        assertTheLateCallWasNeverComputed();
    }

    /** The untrained shop's request loads (and finds no model) at the gate, on the only loading thread. */
    private ListenableFuture<RecommendForCartResponse> holdTheOnlyLoadingThread() throws InterruptedException {
        store.close(ShopId.of(SkiShop.UNTRAINED_ID));
        ListenableFuture<RecommendForCartResponse> held = futureStub(30_000).recommendForCart(cartOf(SkiShop.UNTRAINED_ID));
        store.awaitHeldLoad();
        handled.await(1);
        return held;
    }

    /**
     * A call queued after the one under test runs after it on the single loading thread: once it
     * is answered, the one under test has had its turn, and the store never saw it. The ski shop
     * itself loads fine.
     */
    private void assertTheLateCallWasNeverComputed() {
        RecommendationServiceGrpc.RecommendationServiceBlockingStub stub = RecommendationServiceGrpc
                .newBlockingStub(server.channel()).withDeadlineAfter(10, TimeUnit.SECONDS);

        assertEquals(0, stub.recommendForCart(cartOf(SkiShop.UNTRAINED_ID)).getModelVersion());
        assertEquals(0, store.loads(SKI_SHOP));
        assertEquals(SkiShop.MODEL_VERSION, stub.recommendForCart(cartOf(SkiShop.ID)).getModelVersion());
        assertEquals(1, store.loads(SKI_SHOP));
    }

    private RecommendationServiceGrpc.RecommendationServiceFutureStub futureStub(long deadlineMillis) {
        return RecommendationServiceGrpc.newFutureStub(server.channel()).withDeadlineAfter(deadlineMillis, TimeUnit.MILLISECONDS);
    }

    private static Status failureOf(ListenableFuture<?> call) throws InterruptedException {
        ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
        return assertInstanceOf(StatusRuntimeException.class, e.getCause()).getStatus();
    }

    private static RecommendForCartRequest cartOf(String shop) {
        return RecommendForCartRequest.newBuilder().setShopId(shop).addItems(CartItem.newBuilder().setSku("WAX")).build();
    }
}
