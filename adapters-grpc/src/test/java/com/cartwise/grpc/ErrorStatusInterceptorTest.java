package com.cartwise.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.InvalidInputException;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How ErrorStatusInterceptor ends a call whose step failed: a status a client can read, and nothing after it. */
class ErrorStatusInterceptorTest {

    @Test
    void aProblemQuotingAHugeValueIsCutSoThatItsTrailersFitAClientsHeaderLimit() {
        StatusRuntimeException answer = ErrorStatusInterceptor.toStatus(
                new InvalidInputException("shop_id", "must be 1-100 characters, but was '" + "x".repeat(50_000) + "'"), "m");

        assertEquals(Status.Code.INVALID_ARGUMENT, answer.getStatus().getCode());
        String description = answer.getStatus().getDescription();
        assertTrue(description.startsWith("shop_id: must be 1-100 characters, but was 'xxx"), description);
        assertTrue(description.endsWith("… (49045 more characters)"), description);
        assertEquals(ErrorStatusInterceptor.MAX_MESSAGE + "… (49045 more characters)".length(), description.length());
    }

    @Test
    void anOrdinaryProblemIsSentWhole() {
        StatusRuntimeException answer = ErrorStatusInterceptor.toStatus(new InvalidInputException("limit", "must be between 1 and 50, but was 0"), "m");

        assertEquals("limit: must be between 1 and 50, but was 0", answer.getStatus().getDescription());
    }

    /**
     * A client stream whose message is refused is closed at once; its half-close may still arrive, and
     * reaching the service it made it answer the closed call (an IllegalStateException logged as an
     * unexpected failure on every refused stream).
     */
    @Test
    void afterAStepFailedTheClosedCallsLaterMessagesAndHalfCloseReachNoService() {
        List<String> reached = new ArrayList<>();
        List<Status> closed = new ArrayList<>();
        ServerCall<String, String> call = new ServerCall<>() {
            @Override
            public void request(int numMessages) {
            }

            @Override
            public void sendHeaders(Metadata headers) {
            }

            @Override
            public void sendMessage(String message) {
            }

            @Override
            public void close(Status status, Metadata trailers) {
                closed.add(status);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public MethodDescriptor<String, String> getMethodDescriptor() {
                return MethodDescriptor.<String, String>newBuilder().setType(MethodDescriptor.MethodType.CLIENT_STREAMING)
                        .setFullMethodName("cartwise.v1.EventService/StreamEvents").setRequestMarshaller(new Text())
                        .setResponseMarshaller(new Text()).build();
            }
        };
        ServerCall.Listener<String> listener = new ErrorStatusInterceptor().interceptCall(call, new Metadata(), (c, headers) ->
                new ServerCall.Listener<>() {
                    @Override
                    public void onMessage(String message) {
                        reached.add(message);
                        throw new InvalidInputException("shop_id", "must be 1-100 characters");
                    }

                    @Override
                    public void onHalfClose() {
                        reached.add("half-close");
                    }
                });

        listener.onMessage("first");
        listener.onMessage("second");
        listener.onHalfClose();

        assertEquals(List.of("first"), reached);
        assertEquals(List.of(Status.Code.INVALID_ARGUMENT), closed.stream().map(Status::getCode).toList());
    }

    private static final class Text implements MethodDescriptor.Marshaller<String> {
        @Override
        public java.io.InputStream stream(String value) {
            return new java.io.ByteArrayInputStream(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public String parse(java.io.InputStream stream) {
            throw new UnsupportedOperationException("the test sends no bytes");
        }
    }
}
