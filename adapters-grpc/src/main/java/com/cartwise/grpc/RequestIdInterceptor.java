package com.cartwise.grpc;

import com.cartwise.application.tracing.RequestId;
import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.PropagatedContext;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * The gRPC side of the correlation id ({@link RequestId}): the caller's {@code x-request-id}
 * metadata when it is safe, else a new one, sent back in the response headers (or the trailers of
 * a call that fails before any header), and in the logging MDC while any step of the call runs.
 * The steps run on whichever thread grpc-java picks, so the id is entered around each one as a
 * Micronaut propagated context ({@link RequestIdLogContext}), which the model-loading executor
 * carries further.
 * Outermost of the interceptors, so the error interceptor's log lines carry the id too.
 */
@Singleton
public final class RequestIdInterceptor implements ServerInterceptor, Ordered {
    static final Metadata.Key<String> KEY = Metadata.Key.of(RequestId.HEADER.toLowerCase(Locale.ROOT), Metadata.ASCII_STRING_MARSHALLER);

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        RequestId id = RequestId.acceptOrCreate(headers.get(KEY));
        ServerCall<Q, R> echoing = new Echoing<>(call, id);
        // Built once per call and entered around each of its steps.
        PropagatedContext context = PropagatedContext.getOrEmpty().plus(new RequestIdLogContext(id));
        ServerCall.Listener<Q> listener;
        try (PropagatedContext.Scope ignored = context.propagate()) {
            listener = next.startCall(echoing, headers);
        }
        return new SimpleForwardingServerCallListener<>(listener) {
            @Override
            public void onMessage(Q message) {
                try (PropagatedContext.Scope ignored = context.propagate()) {
                    super.onMessage(message);
                }
            }

            @Override
            public void onHalfClose() {
                try (PropagatedContext.Scope ignored = context.propagate()) {
                    super.onHalfClose();
                }
            }

            @Override
            public void onCancel() {
                try (PropagatedContext.Scope ignored = context.propagate()) {
                    super.onCancel();
                }
            }

            @Override
            public void onComplete() {
                try (PropagatedContext.Scope ignored = context.propagate()) {
                    super.onComplete();
                }
            }

            @Override
            public void onReady() {
                try (PropagatedContext.Scope ignored = context.propagate()) {
                    super.onReady();
                }
            }
        };
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** Puts the id in the response headers, or in the trailers when the call ends before sending any. */
    private static final class Echoing<Q, R> extends SimpleForwardingServerCall<Q, R> {
        private final RequestId id;
        private volatile boolean headersSent;

        Echoing(ServerCall<Q, R> call, RequestId id) {
            super(call);
            this.id = id;
        }

        @Override
        public void sendHeaders(Metadata headers) {
            headers.put(KEY, id.value());
            headersSent = true;
            super.sendHeaders(headers);
        }

        @Override
        public void close(Status status, Metadata trailers) {
            if (!headersSent) {
                trailers.put(KEY, id.value());
            }
            super.close(status, trailers);
        }
    }
}
