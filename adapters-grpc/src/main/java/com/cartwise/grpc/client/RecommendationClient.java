package com.cartwise.grpc.client;

import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.proto.v1.CartItem;
import com.cartwise.proto.v1.RecommendForCartRequest;
import com.cartwise.proto.v1.RecommendForCartResponse;
import com.cartwise.proto.v1.Recommendation;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import com.cartwise.proto.v1.Source;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Asks a running Cartwise for recommendations over gRPC, for the command line and for internal
 * services. Its API speaks plain Java (domain keys in, records out), so callers never see the
 * generated proto classes. Plaintext: meant for localhost and a private network; put TLS in front
 * (a mesh or a proxy) anywhere else. One client holds one channel; share it and close it once.
 */
public final class RecommendationClient implements AutoCloseable {
    private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    private final String target;
    private final ManagedChannel channel;
    private final Duration deadline;
    private final RecommendationServiceGrpc.RecommendationServiceBlockingStub stub;

    private RecommendationClient(String target, ManagedChannel channel, Duration deadline) {
        this.target = target;
        this.channel = channel;
        this.deadline = deadline;
        this.stub = RecommendationServiceGrpc.newBlockingStub(channel);
    }

    /**
     * Connects lazily: an unreachable server shows as UNAVAILABLE on the first call.
     *
     * @param deadline how long each call may take before it fails with DEADLINE_EXCEEDED
     */
    public static RecommendationClient connect(String host, int port, Duration deadline) {
        return connect(host, port, deadline, null);
    }

    /** @param apiKey sent in every call's metadata as {@code authorization: Bearer <key>}; null or blank for none */
    public static RecommendationClient connect(String host, int port, Duration deadline, String apiKey) {
        Objects.requireNonNull(host, "host");
        if (deadline == null || deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("the deadline must be positive, but was " + deadline);
        }
        NettyChannelBuilder builder = NettyChannelBuilder.forAddress(host, port).usePlaintext();
        if (apiKey != null && !apiKey.isBlank()) {
            Metadata headers = new Metadata();
            headers.put(AUTHORIZATION, "Bearer " + apiKey.strip());
            builder.intercept(MetadataUtils.newAttachHeadersInterceptor(headers));
        }
        ManagedChannel channel = builder.build();
        return new RecommendationClient(host + ":" + port, channel, deadline);
    }

    /** The server's default number of recommendations (5) for the cart. */
    public RemoteRecommendations recommend(String shopId, List<VariantKey> cart) {
        return call(request(shopId, cart).build());
    }

    /** @param limit 1 to 50; the server refuses anything else with INVALID_ARGUMENT */
    public RemoteRecommendations recommend(String shopId, List<VariantKey> cart, int limit) {
        return call(request(shopId, cart).setLimit(limit).build());
    }

    private RemoteRecommendations call(RecommendForCartRequest request) {
        try {
            // Deadlines are absolute, so each call gets its own from now.
            RecommendForCartResponse response = stub
                    .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .recommendForCart(request);
            return toRecommendations(response);
        } catch (StatusRuntimeException e) {
            String description = Objects.requireNonNullElse(e.getStatus().getDescription(), "");
            throw new RecommendationClientException(target, e.getStatus().getCode().name(), description, e);
        }
    }

    private static RecommendForCartRequest.Builder request(String shopId, List<VariantKey> cart) {
        RecommendForCartRequest.Builder request = RecommendForCartRequest.newBuilder().setShopId(shopId);
        cart.forEach(key -> request.addItems(cartItem(key)));
        return request;
    }

    private static CartItem cartItem(VariantKey key) {
        return switch (key) {
            case VariantKey.ById id -> CartItem.newBuilder().setVariantId(id.variantId()).build();
            case VariantKey.ByShopifyVariantId shopify -> CartItem.newBuilder().setShopifyVariantId(shopify.shopifyVariantId()).build();
            case VariantKey.BySku sku -> CartItem.newBuilder().setSku(sku.sku()).build();
        };
    }

    private static RemoteRecommendations toRecommendations(RecommendForCartResponse response) {
        return new RemoteRecommendations(response.getModelVersion(), response.getMetric(),
                response.getRecommendationsList().stream().map(RecommendationClient::toRecommendation).toList(),
                response.getSource() == Source.SOURCE_POPULARITY, response.getReason());
    }

    private static RemoteRecommendation toRecommendation(Recommendation r) {
        return new RemoteRecommendation(r.getVariant().getVariantId(), r.getVariant().getSku(), r.getProductTitle(),
                r.getVariantTitle(), r.hasPrice() ? Optional.of(new RemoteRecommendation.Price(new BigDecimal(r.getPrice().getAmount()),
                        r.getPrice().getCurrencyCode())) : Optional.empty(),
                r.getInventoryQuantity(), r.getInventoryTracked(), r.getScore(), r.getReason());
    }

    /** Stops the channel, letting calls in flight finish for a moment first. */
    @Override
    public void close() {
        channel.shutdown();
        try {
            if (!channel.awaitTermination(5, TimeUnit.SECONDS)) {
                channel.shutdownNow();
            }
        } catch (InterruptedException e) {
            channel.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
