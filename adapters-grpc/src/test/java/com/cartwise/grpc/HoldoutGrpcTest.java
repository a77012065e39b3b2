package com.cartwise.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.fakes.Flags;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.flags.FlagInput;
import com.cartwise.application.flags.admin.ChangeFlag;
import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.proto.v1.Arm;
import com.cartwise.proto.v1.CartItem;
import com.cartwise.proto.v1.RecommendForCartRequest;
import com.cartwise.proto.v1.RecommendForCartResponse;
import com.cartwise.proto.v1.RecommendForProductRequest;
import com.cartwise.proto.v1.RecommendForProductResponse;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import com.cartwise.proto.v1.Source;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The A/B holdout's arms over a real socket: session_id in, arm and an id naming the arm out. */
class HoldoutGrpcTest {
    private static final ShopId SHOP = ShopId.of(SkiShop.ID);
    private static GrpcTestServer server;
    private static InMemoryCartwise cartwise;

    @BeforeAll
    static void start() {
        server = GrpcTestServer.start();
        cartwise = server.bean(InMemoryCartwise.class);
        SkiShop.seed(cartwise);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        server.close();
    }

    @AfterEach
    void noHoldout() {
        for (String flag : new String[] {"holdout.share", "holdout.control"}) {
            cartwise.changeFlag.execute(new ChangeFlag.Command(Optional.of(SHOP), flag, Optional.empty(), "test"));
        }
    }

    @Test
    void aControlArmOfNoneAnswersNothingNamingTheHoldout() {
        Flags.set(cartwise, Optional.of(SHOP), "holdout.share", new FlagInput.Number(BigDecimal.ONE));
        Flags.set(cartwise, Optional.of(SHOP), "holdout.control", new FlagInput.Text("none"));

        RecommendForCartResponse response = recommend("till-3:visit-9");

        assertEquals(Arm.ARM_CONTROL, response.getArm());
        assertEquals(0, response.getRecommendationsCount());
        assertEquals(Source.SOURCE_POPULARITY, response.getSource());
        assertEquals(RecommendForCart.CONTROL_NONE, response.getReason());
        assertEquals('2', response.getRecommendationId().charAt(0), response.getRecommendationId());
    }

    @Test
    void sessionsSplitBetweenTheArmsAndEachKeepsItsArm() {
        Flags.set(cartwise, Optional.of(SHOP), "holdout.share", new FlagInput.Number(new BigDecimal("0.5")));
        int control = 0;
        for (int i = 0; i < 200; i++) {
            String session = "till-1:visit-" + i;
            RecommendForCartResponse first = recommend(session);
            assertEquals(first.getArm(), recommend(session).getArm(), session);
            if (first.getArm() == Arm.ARM_CONTROL) {
                control++;
                assertEquals(RecommendForCart.CONTROL_POPULARITY, first.getReason());
                assertTrue(first.getRecommendationsList().stream().allMatch(r -> r.getSource() == Source.SOURCE_POPULARITY));
            } else {
                assertEquals(Arm.ARM_TREATMENT, first.getArm());
                assertEquals(Source.SOURCE_CO_PURCHASE, first.getSource());
                assertEquals('1', first.getRecommendationId().charAt(0));
            }
        }
        // 200 sessions at one half: standard deviation sqrt(200 / 4) = 7.1; 4 of them is 28
        assertEquals(100, control, 28);
    }

    @Test
    void withoutAHoldoutTheAnswerIsInNoArm() {
        RecommendForCartResponse response = recommend("till-1:visit-1");

        assertEquals(Arm.ARM_NONE, response.getArm());
        assertEquals('0', response.getRecommendationId().charAt(0));
    }

    @Test
    void aProductPageGetsItsArmToo() {
        Flags.set(cartwise, Optional.of(SHOP), "holdout.share", new FlagInput.Number(BigDecimal.ONE));

        RecommendForProductResponse response = RecommendationServiceGrpc.newBlockingStub(server.channel())
                .withDeadlineAfter(10, TimeUnit.SECONDS)
                .recommendForProduct(RecommendForProductRequest.newBuilder().setShopId(SkiShop.ID).setSku("WAX")
                        .setSessionId("page-1").build());

        assertEquals(Arm.ARM_CONTROL, response.getArm());
        assertEquals(RecommendForCart.CONTROL_POPULARITY, response.getReason());
    }

    @Test
    void refusesABlankSessionIdNamingIt() {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> recommend("   "));

        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertTrue(e.getStatus().getDescription().startsWith("session_id: "), e.getStatus().getDescription());
    }

    private static RecommendForCartResponse recommend(String session) {
        return RecommendationServiceGrpc.newBlockingStub(server.channel())
                .withDeadlineAfter(10, TimeUnit.SECONDS)
                .recommendForCart(RecommendForCartRequest.newBuilder().setShopId(SkiShop.ID)
                        .addItems(CartItem.newBuilder().setSku("WAX")).setSessionId(session).build());
    }
}
