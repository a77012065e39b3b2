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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

    @Option(names = "--server", paramLabel = "HOST:PORT", description = "Cartwise's gRPC address as one value, instead of --host and"
            + " --port (e.g. localhost:50051; not the REST URL the other commands take).")
    String server;

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
        GrpcAddress address = address();
        keepNettyOffUnsafe();
        String key = ApiKeyOption.required(spec, apiKey);
        try (RecommendationClient client = RecommendationClient.connect(address.host(), address.port(), Duration.ofMillis(deadlineMillis),
                key)) {
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

    private record GrpcAddress(String host, int port) {
    }

    /** --host and --port, or --server as one HOST:PORT value (never both: which would win is a guess). */
    private GrpcAddress address() {
        if (server == null) {
            return new GrpcAddress(host, port);
        }
        CommandLine.ParseResult given = spec.commandLine().getParseResult();
        if (given.hasMatchedOption("--host") || given.hasMatchedOption("--port")) {
            throw new ParameterException(spec.commandLine(), "--server: give the gRPC address either as --server HOST:PORT or as --host and"
                    + " --port, not both");
        }
        if (server.contains("://")) {
            throw new ParameterException(spec.commandLine(), "--server: '" + server + "' is a URL, but recommend speaks gRPC: give its"
                    + " address as HOST:PORT (by default localhost:50051), not the REST URL the other commands take");
        }
        int colon = server.lastIndexOf(':');
        try {
            int parsed = Integer.parseInt(server.substring(colon + 1));
            if (colon > 0 && parsed >= 1 && parsed <= 65_535) {
                String name = server.substring(0, colon);
                // an IPv6 literal is written in brackets before its port, and named without them
                return new GrpcAddress(name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name, parsed);
            }
        } catch (NumberFormatException notAPort) {
            // said below
        }
        throw new ParameterException(spec.commandLine(), "--server: '" + server + "' is not HOST:PORT with a port from 1 to 65535,"
                + " e.g. localhost:50051");
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
