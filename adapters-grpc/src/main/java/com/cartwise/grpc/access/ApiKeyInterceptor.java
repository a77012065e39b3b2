package com.cartwise.grpc.access;

import com.cartwise.application.access.Budget;
import com.cartwise.application.access.Caller;
import com.cartwise.application.access.KeyHolder;
import com.cartwise.application.access.keys.Authenticate;
import com.cartwise.application.access.keys.SpendRequest;
import com.cartwise.application.port.AccessMetrics;
import com.cartwise.application.port.AccessMetrics.Door;
import com.cartwise.application.port.AccessMetrics.Refusal;
import com.cartwise.grpc.ErrorStatusInterceptor;
import com.cartwise.grpc.ModelLoadingExecutor;
import com.cartwise.grpc.RequestMetricsInterceptor;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every RPC but health and reflection carries a key in the {@code authorization} metadata
 * ({@code Bearer <key>}): none or a bad one is UNAUTHENTICATED. A shop's key may only name its own
 * shop in a request's {@code shop_id}; another shop gets the very NOT_FOUND an unknown shop gets. A
 * key past its POS budget gets RESOURCE_EXHAUSTED with a {@code retry-after} trailer.
 * <p>
 * A key remembered from its last read is told on the handler's thread. The one call per recheck
 * time that must read the key (or write its last use) is admitted on
 * {@link ModelLoadingExecutor}'s threads instead: on the two handler threads of a two-core server
 * it would stall every till's call behind one database round trip.
 */
@Singleton
public final class ApiKeyInterceptor implements ServerInterceptor, Ordered {
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
    private static final Logger LOG = LoggerFactory.getLogger(ApiKeyInterceptor.class);

    /** Trailer of a RESOURCE_EXHAUSTED answer: whole seconds until the key's budget has room, as HTTP's Retry-After. */
    public static final Metadata.Key<String> RETRY_AFTER = Metadata.Key.of("retry-after", Metadata.ASCII_STRING_MARSHALLER);

    private final Authenticate authenticate;
    private final SpendRequest spend;
    private final Executor databaseWaits;
    private final AccessMetrics metrics;

    public ApiKeyInterceptor(Authenticate authenticate, SpendRequest spend, @Named(ModelLoadingExecutor.NAME) Executor databaseWaits,
                             AccessMetrics metrics) {
        this.authenticate = authenticate;
        this.spend = spend;
        this.databaseWaits = databaseWaits;
        this.metrics = metrics;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        if (OPEN_SERVICES.contains(call.getMethodDescriptor().getServiceName())) {
            return next.startCall(call, headers);
        }
        String bearer = bearer(headers.get(AUTHORIZATION));
        Optional<Authenticate.Decision> remembered = authenticate.executeIfRemembered(bearer);
        if (remembered.isPresent()) {
            return admit(remembered.get().caller(), call, headers, next);
        }
        DeferredListener<Q> deferred = new DeferredListener<>();
        Context callContext = Context.current();
        try {
            databaseWaits.execute(() -> {
                Context previous = callContext.attach();
                try {
                    deferred.start(admitAfterReading(bearer, call, headers, next));
                } catch (RuntimeException e) {
                    // Off the transport's thread grpc-java cannot close the call for us: it would hang until its deadline.
                    LOG.error("could not start a call after reading its key", e);
                    call.close(Status.INTERNAL.withDescription(ErrorStatusInterceptor.INTERNAL_DESCRIPTION), new Metadata());
                    deferred.start(closed());
                } finally {
                    callContext.detach(previous);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            call.close(Status.UNAVAILABLE.withDescription("the server is shutting down; try another replica"), new Metadata());
            return closed();
        }
        return deferred;
    }

    private <Q, R> ServerCall.Listener<Q> admitAfterReading(String bearer, ServerCall<Q, R> call, Metadata headers,
                                                           ServerCallHandler<Q, R> next) {
        Optional<Caller> caller;
        try {
            caller = authenticate.execute(bearer);
        } catch (RuntimeException e) {
            LOG.warn("could not read an API key", e);
            metrics.refused(Door.GRPC, Refusal.KEY_UNREADABLE);
            call.close(Status.UNAVAILABLE.withDescription("the API key could not be checked just now; try again"), new Metadata());
            return closed();
        }
        return admit(caller, call, headers, next);
    }

    private <Q, R> ServerCall.Listener<Q> admit(Optional<Caller> caller, ServerCall<Q, R> call, Metadata headers,
                                               ServerCallHandler<Q, R> next) {
        if (caller.isEmpty()) {
            metrics.refused(Door.GRPC, Refusal.UNAUTHENTICATED);
            call.close(Status.UNAUTHENTICATED.withDescription(
                    "send a valid API key in the metadata as `authorization: Bearer <key>`"), new Metadata());
            return closed();
        }
        // Every RPC is a till's: the POS budget.
        Optional<Duration> wait = spend.execute(caller.get(), Budget.POS);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            Metadata trailers = new Metadata();
            trailers.put(RETRY_AFTER, Long.toString(seconds));
            metrics.refused(Door.GRPC, Refusal.RATE_LIMITED);
            call.close(Status.RESOURCE_EXHAUSTED.withDescription(
                    "this key has used its POS request budget; try again in " + seconds + " s"), trailers);
            return closed();
        }
        Context context = Context.current().withValue(CALLER, caller.get());
        return switch (caller.get().holder()) {
            case KeyHolder.Operator operator -> Contexts.interceptCall(context, call, headers, next);
            case KeyHolder.OneShop one -> new OwnShopOnly<>(Contexts.interceptCall(context, call, headers, next), call, one, metrics);
        };
    }

    /** Inside {@link RequestMetricsInterceptor} (Micronaut installs lower orders outermost): a refused call is timed too. */
    @Override
    public int getOrder() {
        return 100;
    }

    /** The listener of a call already closed: whatever else the client sends goes nowhere. */
    private static <Q> ServerCall.Listener<Q> closed() {
        return new ServerCall.Listener<>() {
        };
    }

    private static String bearer(String header) {
        if (header == null || header.length() <= SCHEME.length() || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        return header.substring(SCHEME.length()).strip();
    }
}
