package com.cartwise.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.bundles.GearShop;
import com.cartwise.application.bundles.cart.CartBundle;
import com.cartwise.application.bundles.cart.FindBundlesForCart;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.proto.v1.BundleServiceGrpc;
import com.cartwise.proto.v1.CartItem;
import com.cartwise.proto.v1.ListBundlesForCartRequest;
import com.cartwise.proto.v1.ListBundlesForCartResponse;
import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code BundleService.ListBundlesForCart} over a real socket, on the gear shop with its FBT pairs
 * live (see {@link GearShop}): the same bundles the use case finds, in the wire's words.
 */
class BundleGrpcServiceTest {
    private static GrpcTestServer server;
    private static InMemoryCartwise cartwise;

    @BeforeAll
    static void start() {
        server = GrpcTestServer.start();
        cartwise = server.bean(InMemoryCartwise.class);
        GearShop.seed(cartwise);
        GearShop.withLivePairs(cartwise);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        server.close();
    }

    private static BundleServiceGrpc.BundleServiceBlockingStub stub() {
        return BundleServiceGrpc.newBlockingStub(server.channel()).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    @Test
    void aCartItemInLiveBundlesGetsThemWithEachItemMarkedInTheCartOrToAdd() {
        List<CartBundle> expected = ((FindBundlesForCart.Result.Found) cartwise.findBundlesForCart.execute(new FindBundlesForCart.Command(
                GearShop.ID, List.of(new VariantKey.BySku("BIND-PRO")), 5))).bundles();

        ListBundlesForCartResponse answer = stub().listBundlesForCart(ListBundlesForCartRequest.newBuilder().setShopId(GearShop.ID.value())
                .addItems(CartItem.newBuilder().setSku("BIND-PRO")).setLimit(5).build());

        assertTrue(!expected.isEmpty());
        assertEquals(expected.stream().map(b -> b.bundle().key().value()).toList(),
                answer.getBundlesList().stream().map(com.cartwise.proto.v1.CartBundle::getBundleKey).toList());
        com.cartwise.proto.v1.CartBundle first = answer.getBundles(0);
        CartBundle same = expected.getFirst();
        assertEquals("fbt", first.getType());
        assertEquals(same.bundle().proposal().copy().title(), first.getTitle());
        assertEquals(same.bundle().price().price().toPlainString(), first.getPrice().getAmount());
        assertEquals("EUR", first.getPrice().getCurrencyCode());
        assertEquals(same.bundle().price().effectiveRate().value().toPlainString(), first.getDiscount());
        assertEquals(same.bundle().candidate().variantIds(), first.getItemsList().stream().map(i -> i.getVariant().getVariantId()).toList());
        assertEquals(1, first.getItemsList().stream().filter(i -> i.getInCart() && i.getVariant().getSku().equals("BIND-PRO")).count());
        assertEquals(same.toAdd().size(), first.getItemsList().stream().filter(i -> !i.getInCart()).count());
        assertTrue(first.getItems(0).getQuantity() == 1 && !first.getExplanationList().isEmpty());
        assertTrue(answer.getRecommendationId().matches("[0-9a-f]{32}"), answer.getRecommendationId());
    }

    @Test
    void aCartOfUnknownItemsGetsNoBundle() {
        ListBundlesForCartResponse answer = stub().listBundlesForCart(ListBundlesForCartRequest.newBuilder().setShopId(GearShop.ID.value())
                .addItems(CartItem.newBuilder().setShopifyVariantId(424242)).build());

        assertEquals(0, answer.getBundlesCount());
    }

    @Test
    void anUnknownShopIsNotFoundAndAMalformedItemNamesItsField() throws Exception {
        StatusRuntimeException unknown = assertThrows(StatusRuntimeException.class, () -> stub().listBundlesForCart(
                ListBundlesForCartRequest.newBuilder().setShopId("no-such-shop").addItems(CartItem.newBuilder().setSku("X")).build()));
        StatusRuntimeException malformed = assertThrows(StatusRuntimeException.class, () -> stub().listBundlesForCart(
                ListBundlesForCartRequest.newBuilder().setShopId(GearShop.ID.value()).addItems(CartItem.newBuilder().setSku("X"))
                        .addItems(CartItem.newBuilder().setSku(" ")).build()));
        StatusRuntimeException noLimit = assertThrows(StatusRuntimeException.class, () -> stub().listBundlesForCart(
                ListBundlesForCartRequest.newBuilder().setShopId(GearShop.ID.value()).addItems(CartItem.newBuilder().setSku("X"))
                        .setLimit(0).build()));

        assertEquals(Status.Code.NOT_FOUND, unknown.getStatus().getCode());
        assertEquals(Status.Code.INVALID_ARGUMENT, malformed.getStatus().getCode());
        Any detail = StatusProto.fromThrowable(malformed).getDetails(0);
        assertEquals("items[1].sku", detail.unpack(BadRequest.class).getFieldViolations(0).getField());
        assertEquals("limit", noLimit.getStatus().getDescription().substring(0, noLimit.getStatus().getDescription().indexOf(':')));
    }
}
