package com.cartwise.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.proto.v1.CartItem;
import com.cartwise.proto.v1.RecommendForCartRequest;
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRequests")
    void refusesWithInvalidArgumentNamingTheField(String name, RecommendForCartRequest.Builder request, String field)
            throws InvalidProtocolBufferException {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () ->
                RecommendationServiceGrpc.newBlockingStub(server.channel())
                        .withDeadlineAfter(10, TimeUnit.SECONDS)
                        .recommendForCart(request.build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        String description = e.getStatus().getDescription();
        assertEquals(field, description.substring(0, description.indexOf(": ")), description);
        List<BadRequest.FieldViolation> violations = badRequest(e).getFieldViolationsList();
        assertEquals(1, violations.size());
        assertEquals(field, violations.getFirst().getField());
        assertEquals(description, field + ": " + violations.getFirst().getDescription());
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

    private static CartItem.Builder sku(String sku) {
        return CartItem.newBuilder().setSku(sku);
    }
}
