package com.cartwise.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.access.IssuedKey;
import com.cartwise.application.access.KeyHolder;
import com.cartwise.application.access.KeyMaker;
import com.cartwise.application.bundles.GearShop;
import com.cartwise.application.fakes.InMemoryApiKeys;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.proto.v1.BundleServiceGrpc;
import com.cartwise.proto.v1.CartItem;
import com.cartwise.proto.v1.ListBundlesForCartRequest;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keys in the {@code authorization} metadata: who may call which shop's RPCs. */
class ApiKeyInterceptorTest {
    private static final ShopId OTHER = ShopId.of("other-shop");
    private static GrpcTestServer server;
    private static String gearKey;

    @BeforeAll
    static void start() {
        server = GrpcTestServer.start();
        InMemoryCartwise cartwise = server.bean(InMemoryCartwise.class);
        GearShop.seed(cartwise);
        GearShop.withLivePairs(cartwise);
        cartwise.shops.add(new Shop(OTHER, "Other", Currency.getInstance("EUR")));
        IssuedKey issued = new KeyMaker().make(new KeyHolder.OneShop(GearShop.ID), "till", Instant.now());
        server.bean(InMemoryApiKeys.class).add(issued.stored());
        gearKey = issued.text();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        server.close();
    }

    private static StatusRuntimeException refusal(String key, ShopId shop) throws InterruptedException {
        ManagedChannel channel = server.channelWithKey(key);
        try {
            return assertThrows(StatusRuntimeException.class, () -> call(channel, shop));
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static void call(ManagedChannel channel, ShopId shop) {
        BundleServiceGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS).listBundlesForCart(
                ListBundlesForCartRequest.newBuilder().setShopId(shop.value()).addItems(CartItem.newBuilder().setSku("BIND-PRO")).build());
    }

    @Test
    void aCallWithoutAKeyOrWithAnUnknownOneIsUnauthenticated() throws InterruptedException {
        assertEquals(Status.Code.UNAUTHENTICATED, refusal(null, GearShop.ID).getStatus().getCode());
        assertEquals(Status.Code.UNAUTHENTICATED, refusal("cw_aaaaaaaaaaaaaaaa_" + "x".repeat(43), GearShop.ID).getStatus().getCode());
    }

    @Test
    void aShopsKeyAnswersForItsOwnShop() throws InterruptedException {
        ManagedChannel channel = server.channelWithKey(gearKey);
        try {
            call(channel, GearShop.ID);
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aShopsKeyGetsForAnotherShopTheVeryNotFoundOfAnUnknownShop() throws InterruptedException {
        Status other = refusal(gearKey, OTHER).getStatus();
        Status unknown = assertThrows(StatusRuntimeException.class, () -> call(server.channel(), ShopId.of("nowhere"))).getStatus();

        assertEquals(Status.Code.NOT_FOUND, other.getCode());
        assertEquals(unknown.getCode(), other.getCode());
        assertEquals(unknown.getDescription().replace("nowhere", OTHER.value()), other.getDescription());
    }

    @Test
    void aKeyIsReadFromTheStoreOffTheHandlerThreadsAndThenToldFromMemory() throws InterruptedException {
        InMemoryApiKeys keys = server.bean(InMemoryApiKeys.class);
        String key = newGearKey();
        int before = keys.readingThreads().size();
        ManagedChannel channel = server.channelWithKey(key);
        try {
            call(channel, GearShop.ID);
            call(channel, GearShop.ID);
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }

        List<String> readers = keys.readingThreads().subList(before, keys.readingThreads().size());
        assertEquals(1, readers.size(), "read once, then remembered: " + readers);
        assertTrue(readers.getFirst().startsWith(ModelLoadingExecutor.NAME), "read on " + readers.getFirst());
    }

    @Test
    void aKeyThatCannotBeReadJustNowIsUnavailableNotUnauthenticated() throws InterruptedException {
        InMemoryApiKeys keys = server.bean(InMemoryApiKeys.class);
        String key = newGearKey();
        keys.down(true);
        Status status;
        try {
            status = refusal(key, GearShop.ID).getStatus();
        } finally {
            keys.down(false);
        }

        assertEquals(Status.Code.UNAVAILABLE, status.getCode());
        assertEquals("the API key could not be checked just now; try again", status.getDescription());
        ManagedChannel channel = server.channelWithKey(key);
        try {
            call(channel, GearShop.ID);
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static String newGearKey() {
        IssuedKey issued = new KeyMaker().make(new KeyHolder.OneShop(GearShop.ID), "till", Instant.now());
        server.bean(InMemoryApiKeys.class).add(issued.stored());
        return issued.text();
    }

    @Test
    void healthNeedsNoKey() throws InterruptedException {
        ManagedChannel channel = server.channelWithKey(null);
        try {
            HealthCheckResponse health = HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.getDefaultInstance());
            assertTrue(health.getStatus() == HealthCheckResponse.ServingStatus.SERVING
                    || health.getStatus() == HealthCheckResponse.ServingStatus.NOT_SERVING);
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
