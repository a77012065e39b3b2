package com.cartwise.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.cartwise.proto.v1.CartItem;
import com.cartwise.proto.v1.RecommendForCartRequest;
import com.cartwise.proto.v1.RecommendForProductRequest;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A failure nobody planned for is INTERNAL with a generic description, never UNKNOWN and never
 * the cause, which goes to the server log instead.
 */
class UnexpectedFailureTest {
    private static GrpcTestServer server;
    private final Logger log = (Logger) LoggerFactory.getLogger(ErrorStatusInterceptor.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeAll
    static void start() {
        server = GrpcTestServer.start(Map.of(InMemoryCartwiseFactory.WIRING, UnavailableShopsFactory.WIRING));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        server.close();
    }

    @BeforeEach
    void captureTheLog() {
        logged.start();
        log.addAppender(logged);
        // Captured, not printed: the stack trace is expected here.
        log.setAdditive(false);
    }

    @AfterEach
    void releaseTheLog() {
        log.detachAppender(logged);
        log.setAdditive(true);
    }

    @Test
    void answersInternalAndLogsTheCauseInstead() {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () ->
                RecommendationServiceGrpc.newBlockingStub(server.channel())
                        .withDeadlineAfter(10, TimeUnit.SECONDS)
                        .recommendForCart(RecommendForCartRequest.newBuilder()
                                .setShopId(SkiShop.ID)
                                .addItems(CartItem.newBuilder().setSku("WAX"))
                                .build()));

        assertEquals(Status.Code.INTERNAL, e.getStatus().getCode());
        assertEquals(ErrorStatusInterceptor.INTERNAL_DESCRIPTION, e.getStatus().getDescription());
        assertFalse(e.toString().contains(UnavailableShopsFactory.FAILURE));
        List<ILoggingEvent> errors = logged.list.stream().filter(event -> event.getLevel() == Level.ERROR).toList();
        assertEquals(1, errors.size());
        assertEquals("cartwise.v1.RecommendationService/RecommendForCart failed unexpectedly",
                errors.getFirst().getFormattedMessage());
        assertEquals(UnavailableShopsFactory.FAILURE, errors.getFirst().getThrowableProxy().getMessage());
    }

    @Test
    void answersInternalForAProductPageToo() {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () ->
                RecommendationServiceGrpc.newBlockingStub(server.channel())
                        .withDeadlineAfter(10, TimeUnit.SECONDS)
                        .recommendForProduct(RecommendForProductRequest.newBuilder()
                                .setShopId(SkiShop.ID)
                                .setHandle("alpine-skis")
                                .build()));

        assertEquals(Status.Code.INTERNAL, e.getStatus().getCode());
        assertEquals(ErrorStatusInterceptor.INTERNAL_DESCRIPTION, e.getStatus().getDescription());
        assertFalse(e.toString().contains(UnavailableShopsFactory.FAILURE));
        assertEquals(List.of("cartwise.v1.RecommendationService/RecommendForProduct failed unexpectedly"), logged.list.stream()
                .filter(event -> event.getLevel() == Level.ERROR).map(ILoggingEvent::getFormattedMessage).toList());
    }
}
