package com.cartwise.grpc.access;

import com.cartwise.application.access.Budget;
import com.cartwise.application.access.Caller;
import com.cartwise.application.access.KeyHolder;
import com.cartwise.application.access.keys.Authenticate;
import com.cartwise.application.access.keys.SpendRequest;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Every RPC but health and reflection carries a key in the {@code authorization} metadata
 * ({@code Bearer <key>}): none or a bad one is UNAUTHENTICATED. A shop's key may only name its own
 * shop in a request's {@code shop_id}; another shop gets the very NOT_FOUND an unknown shop gets. A
 * key past its POS budget gets RESOURCE_EXHAUSTED with a {@code retry-after} trailer.
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

    /** Trailer of a RESOURCE_EXHAUSTED answer: whole seconds until the key's budget has room, as HTTP's Retry-After. */
    public static final Metadata.Key<String> RETRY_AFTER = Metadata.Key.of("retry-after", Metadata.ASCII_STRING_MARSHALLER);

    private final Authenticate authenticate;
    private final SpendRequest spend;

    public ApiKeyInterceptor(Authenticate authenticate, SpendRequest spend) {
        this.authenticate = authenticate;
        this.spend = spend;
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
        // Every RPC is a till's: the POS budget.
        Optional<Duration> wait = spend.execute(caller.get(), Budget.POS);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            Metadata trailers = new Metadata();
            trailers.put(RETRY_AFTER, Long.toString(seconds));
            call.close(Status.RESOURCE_EXHAUSTED.withDescription(
                    "this key has used its POS request budget; try again in " + seconds + " s"), trailers);
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
