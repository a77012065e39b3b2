package com.cartwise.grpc.access;

import com.cartwise.application.access.Caller;
import com.cartwise.application.access.KeyHolder;
import com.cartwise.application.access.keys.Authenticate;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;

/**
 * Every RPC but health and reflection carries a key in the {@code authorization} metadata
 * ({@code Bearer <key>}): none or a bad one is UNAUTHENTICATED. A shop's key may only name its own
 * shop in a request's {@code shop_id}; another shop gets the very NOT_FOUND an unknown shop gets.
 */
@Singleton
public final class ApiKeyInterceptor implements ServerInterceptor {
    public static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    /** The authenticated caller, for what runs after (rate limits). */
    public static final Context.Key<Caller> CALLER = Context.key("cartwise.caller");

    /**
     * The services open without a key, and why: orchestrators probe health without credentials,
     * and reflection describes only the API's shape (the .proto files are public too).
     */
    public static final Set<String> OPEN_SERVICES = Set.of("grpc.health.v1.Health", "grpc.reflection.v1alpha.ServerReflection",
            "grpc.reflection.v1.ServerReflection");

    private static final String SCHEME = "bearer ";

    private final Authenticate authenticate;

    public ApiKeyInterceptor(Authenticate authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        if (OPEN_SERVICES.contains(call.getMethodDescriptor().getServiceName())) {
            return next.startCall(call, headers);
        }
        Optional<Caller> caller = authenticate.execute(bearer(headers.get(AUTHORIZATION)));
        if (caller.isEmpty()) {
            call.close(Status.UNAUTHENTICATED.withDescription(
                    "send a valid API key in the metadata as `authorization: Bearer <key>`"), new Metadata());
            return new ServerCall.Listener<>() {
            };
        }
        Context context = Context.current().withValue(CALLER, caller.get());
        return switch (caller.get().holder()) {
            case KeyHolder.Operator operator -> Contexts.interceptCall(context, call, headers, next);
            case KeyHolder.OneShop one -> new OwnShopOnly<>(Contexts.interceptCall(context, call, headers, next), call, one);
        };
    }

    private static String bearer(String header) {
        if (header == null || header.length() <= SCHEME.length() || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        return header.substring(SCHEME.length()).strip();
    }
}
