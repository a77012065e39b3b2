package com.cartwise.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.proto.v1.CartItem;
import com.cartwise.proto.v1.RecommendForCartRequest;
import com.cartwise.proto.v1.RecommendForProductRequest;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed requests are refused with INVALID_ARGUMENT, a "field: problem" description and a
 * google.rpc.BadRequest naming the same field, before any shop is looked up.
 */
class InvalidRequestsTest {
    private static GrpcTestServer server;

    @BeforeAll
    static void start() {
        server = GrpcTestServer.start();
        // The shop exists and has a model: a request that slipped through would be answered OK.
        SkiShop.seed(server.bean(InMemoryCartwise.class));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        server.close();
    }

    static Stream<Arguments> malformedRequests() {
        return Stream.of(
                arguments("no shop_id", request("").addItems(sku("WAX")), "shop_id"),
                arguments("a shop_id in capitals", request("Ski-Shop").addItems(sku("WAX")), "shop_id"),
                arguments("an empty cart", request(SkiShop.ID), "items"),
                arguments("101 items", request(SkiShop.ID).addAllItems(
                        IntStream.rangeClosed(1, 101).mapToObj(i -> sku("SKU-" + i).build()).toList()), "items"),
                arguments("an item without a key", request(SkiShop.ID).addItems(sku("WAX"))
                        .addItems(CartItem.newBuilder().setQuantity(2)), "items[1]"),
                arguments("a blank SKU", request(SkiShop.ID).addItems(sku("  ")), "items[0].sku"),
                arguments("a negative Shopify variant id", request(SkiShop.ID).addItems(sku("WAX"))
                        .addItems(CartItem.newBuilder().setShopifyVariantId(-7)), "items[1].shopify_variant_id"),
                arguments("a variant id of 0", request(SkiShop.ID)
                        .addItems(CartItem.newBuilder().setVariantId(0)), "items[0].variant_id"),
                arguments("a negative quantity", request(SkiShop.ID).addItems(sku("WAX").setQuantity(-1)),
                        "items[0].quantity"),
                arguments("an explicit limit of 0", request(SkiShop.ID).addItems(sku("WAX")).setLimit(0), "limit"),
                arguments("a limit of 51", request(SkiShop.ID).addItems(sku("WAX")).setLimit(51), "limit"),
                arguments("a negative limit", request(SkiShop.ID).addItems(sku("WAX")).setLimit(-1), "limit"));
    }

    static Stream<Arguments> malformedProductPages() {
        return Stream.of(
                arguments("no shop_id", page("").setHandle("alpine-skis"), "shop_id"),
                arguments("nothing named", page(SkiShop.ID), "product"),
                arguments("a blank handle", page(SkiShop.ID).setHandle(" "), "handle"),
                arguments("a blank SKU", page(SkiShop.ID).setSku(""), "sku"),
                arguments("a Shopify variant id of 0", page(SkiShop.ID).setShopifyVariantId(0), "shopify_variant_id"),
                arguments("a negative variant id", page(SkiShop.ID).setVariantId(-3), "variant_id"),
                arguments("an explicit limit of 0", page(SkiShop.ID).setHandle("alpine-skis").setLimit(0), "limit"),
                arguments("a limit of 51", page(SkiShop.ID).setHandle("alpine-skis").setLimit(51), "limit"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRequests")
    void refusesWithInvalidArgumentNamingTheField(String name, RecommendForCartRequest.Builder request, String field)
            throws InvalidProtocolBufferException {
        assertRefusedNaming(field, () -> stub().recommendForCart(request.build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedProductPages")
    void refusesAProductPageWithInvalidArgumentNamingTheField(String name, RecommendForProductRequest.Builder request,
                                                              String field) throws InvalidProtocolBufferException {
        assertRefusedNaming(field, () -> stub().recommendForProduct(request.build()));
    }

    private static void assertRefusedNaming(String field, Executable call) throws InvalidProtocolBufferException {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, call);

        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        String description = e.getStatus().getDescription();
        assertEquals(field, description.substring(0, description.indexOf(": ")), description);
        List<BadRequest.FieldViolation> violations = badRequest(e).getFieldViolationsList();
        assertEquals(1, violations.size());
        assertEquals(field, violations.getFirst().getField());
        assertEquals(description, field + ": " + violations.getFirst().getDescription());
    }

    private static RecommendationServiceGrpc.RecommendationServiceBlockingStub stub() {
        return RecommendationServiceGrpc.newBlockingStub(server.channel()).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    private static BadRequest badRequest(StatusRuntimeException e) throws InvalidProtocolBufferException {
        com.google.rpc.Status status = StatusProto.fromThrowable(e);
        if (status == null) {
            throw new AssertionError("no rich error details in " + e);
        }
        for (Any detail : status.getDetailsList()) {
            if (detail.is(BadRequest.class)) {
                return detail.unpack(BadRequest.class);
            }
        }
        throw new AssertionError("no google.rpc.BadRequest among " + status.getDetailsList());
    }

    private static RecommendForCartRequest.Builder request(String shopId) {
        return RecommendForCartRequest.newBuilder().setShopId(shopId);
    }

    private static RecommendForProductRequest.Builder page(String shopId) {
        return RecommendForProductRequest.newBuilder().setShopId(shopId);
    }

    private static CartItem.Builder sku(String sku) {
        return CartItem.newBuilder().setSku(sku);
    }
}
