package com.cartwise.bootstrap.cli;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.grpc.client.RecommendationClient;
import com.cartwise.grpc.client.RecommendationClientException;
import com.cartwise.grpc.client.RemoteRecommendations;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Asks a running Cartwise over gRPC, as a till's backend would, and prints the answer. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Ask a running Cartwise (over gRPC) what to recommend for a cart.")
public final class RecommendCommand implements Callable<Integer> {
    static final int EXIT_REFUSED = 2;
    static final int EXIT_UNREACHABLE = 3;
    /** grpc-netty-shaded's name for Netty's io.netty.noUnsafe. */
    private static final String SHADED_NETTY_NO_UNSAFE = "io.grpc.netty.shaded.io.netty.noUnsafe";

    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = "localhost", description = "gRPC host (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "50051", description = "gRPC port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--api-key", defaultValue = "${env:CARTWISE_API_KEY}", description = ApiKeyOption.DESCRIPTION)
    String apiKey;

    @Option(names = "--shop", required = true, description = "The shop's id, e.g. demo.")
    String shop;

    @Option(names = "--sku", description = "A cart item by SKU (repeatable).")
    List<String> skus = new ArrayList<>();

    @Option(names = "--shopify-variant-id", description = "A cart item by Shopify variant id (repeatable).")
    List<Long> shopifyVariantIds = new ArrayList<>();

    @Option(names = "--variant-id", description = "A cart item by Cartwise variant id (repeatable).")
    List<Long> variantIds = new ArrayList<>();

    @Option(names = "--limit", description = "How many recommendations at most, 1-50 (default: 5).")
    Integer limit;

    @Option(names = "--deadline-ms", defaultValue = "3000", description = "Give up after this long (default: ${DEFAULT-VALUE}).")
    long deadlineMillis;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<VariantKey> cart = new ArrayList<>();
        try {
            skus.forEach(sku -> cart.add(new VariantKey.BySku(sku)));
            shopifyVariantIds.forEach(id -> cart.add(new VariantKey.ByShopifyVariantId(id)));
            variantIds.forEach(id -> cart.add(new VariantKey.ById(id)));
        } catch (InvalidInputException e) {
            err.println("Refused: " + e.getMessage());
            return EXIT_REFUSED;
        }
        keepNettyOffUnsafe();
        String key = ApiKeyOption.required(spec, apiKey);
        try (RecommendationClient client = RecommendationClient.connect(host, port, Duration.ofMillis(deadlineMillis), key)) {
            RemoteRecommendations answer = limit == null ? client.recommend(shop, cart) : client.recommend(shop, cart, limit);
            answer.describe().forEach(out::println);
            out.flush();
            return 0;
        } catch (RecommendationClientException e) {
            err.println(e.getMessage());
            err.flush();
            return "UNAVAILABLE".equals(e.code()) || "DEADLINE_EXCEEDED".equals(e.code()) ? EXIT_UNREACHABLE : EXIT_REFUSED;
        }
    }

    /**
     * One call needs none of Netty's direct-memory speed-ups, and on JDK 24 and later its use of
     * sun.misc.Unsafe prints four lines of JVM warnings before every answer. The server keeps them
     * (docs/OPERATIONS.md says how to silence it). Only when nobody chose otherwise, and only before
     * this JVM's first gRPC channel: Netty reads it once.
     */
    private static void keepNettyOffUnsafe() {
        if (System.getProperty(SHADED_NETTY_NO_UNSAFE) == null) {
            System.setProperty(SHADED_NETTY_NO_UNSAFE, "true");
        }
    }
}
