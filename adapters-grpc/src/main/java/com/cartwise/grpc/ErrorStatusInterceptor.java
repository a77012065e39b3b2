package com.cartwise.grpc;

import com.cartwise.domain.InvalidInputException;
import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become gRPC statuses, for every service on the server (Micronaut
 * applies ServerInterceptor beans to all of them). Without it grpc-java answers a thrown exception
 * with a bare UNKNOWN and no hint for the caller.
 * <ul>
 *   <li>{@link InvalidInputException}: INVALID_ARGUMENT, "field: problem", plus a
 *       {@code google.rpc.BadRequest} field violation for clients that read rich error details;</li>
 *   <li>{@link StatusRuntimeException}: its own status, as a service meant it;</li>
 *   <li>anything else: INTERNAL with a generic description; the cause goes to the log only, since
 *       it may carry SQL, paths or other shops' data.</li>
 * </ul>
 */
@Singleton
public final class ErrorStatusInterceptor implements ServerInterceptor {
    /** What a call that failed unexpectedly is told: the cause stays in the log. */
    public static final String INTERNAL_DESCRIPTION = "Cartwise failed to answer this request; the server log has the details";
    private static final Logger LOG = LoggerFactory.getLogger(ErrorStatusInterceptor.class);

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        // A unary handler runs inside onHalfClose, a streaming one inside onMessage: guard both.
        return new SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {
            // Once a step has failed the call is closed: a client stream's later messages and its half-close
            // would only make the service answer a closed call (an IllegalStateException logged as a failure).
            private boolean closed;

            @Override
            public void onMessage(Q message) {
                if (!closed) {
                    closed = !guard(call, () -> super.onMessage(message));
                }
            }

            @Override
            public void onHalfClose() {
                if (!closed) {
                    closed = !guard(call, super::onHalfClose);
                }
            }
        };
    }

    /** @return whether the step ran through; if not, the call is closed with the status of what it threw */
    private static boolean guard(ServerCall<?, ?> call, Runnable step) {
        try {
            step.run();
            return true;
        } catch (RuntimeException e) {
            StatusRuntimeException answer = toStatus(e, call.getMethodDescriptor().getFullMethodName());
            Metadata trailers = answer.getTrailers();
            call.close(answer.getStatus(), trailers == null ? new Metadata() : trailers);
            return false;
        }
    }

    /** The longest problem text sent back, in characters: any field's rule with a good share of its value. */
    static final int MAX_MESSAGE = 1_000;

    static StatusRuntimeException toStatus(RuntimeException e, String method) {
        return switch (e) {
            case InvalidInputException invalid -> invalidArgument(invalid);
            case StatusRuntimeException meant -> meant;
            default -> {
                LOG.error("{} failed unexpectedly", method, e);
                yield Status.INTERNAL.withDescription(INTERNAL_DESCRIPTION).asRuntimeException();
            }
        };
    }

    private static StatusRuntimeException invalidArgument(InvalidInputException e) {
        BadRequest violation = BadRequest.newBuilder()
                .addFieldViolations(BadRequest.FieldViolation.newBuilder()
                        .setField(e.field())
                        .setDescription(bounded(e.problem())))
                .build();
        // StatusProto puts the same code and message in the grpc-status header and the
        // grpc-status-details-bin trailer, so plain clients still get "field: problem".
        return StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
                .setCode(Code.INVALID_ARGUMENT_VALUE)
                .setMessage(bounded(e.getMessage()))
                .addDetails(Any.pack(violation))
                .build());
    }

    /**
     * A problem quotes the caller's value, which may be as long as the request allowed; the message
     * travels twice in the trailers (as text and inside the details), and trailers past the client's
     * header limit (8 KiB by default) reach it as a broken stream instead of INVALID_ARGUMENT.
     */
    static String bounded(String message) {
        return message.length() <= MAX_MESSAGE ? message
                : message.substring(0, MAX_MESSAGE) + "… (" + (message.length() - MAX_MESSAGE) + " more characters)";
    }
}
