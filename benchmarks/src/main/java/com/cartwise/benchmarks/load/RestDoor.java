package com.cartwise.benchmarks.load;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A REST recommendation door: {@code POST /api/v1/shops/{shop}/recommendations} (the cart twin) or
 * {@code .../recommendations/product}, one keep-alive connection per client thread (as ApacheBench's
 * -k -c N), each thread walking the same list of request bodies from its own place.
 */
public final class RestDoor implements Door {
    private static final String MODEL_VERSION = "\"model_version\":";
    private final String name;
    private final URI base;
    private final String shop;
    private final List<byte[]> requests;

    /**
     * @param route under the shop's path, e.g. {@code /recommendations/product}
     * @param bodies the JSON bodies sent in turn
     */
    public RestDoor(String name, URI base, String shop, String route, List<byte[]> bodies, String key) {
        this.name = name;
        this.base = base;
        this.shop = shop;
        String path = "/api/v1/shops/" + shop + route;
        this.requests = bodies.stream().map(body -> KeepAliveConnection.request("POST", base, path, key, body)).toList();
    }

    /** The cart twin of RecommendForCart, asked with the same carts as the gRPC door. */
    public static RestDoor recommendations(String name, URI base, String shop, List<List<CartItem>> carts, int limit, String key) {
        return new RestDoor(name, base, shop, "/recommendations", carts.stream().map(cart -> Requests.json(cart, limit)).toList(), key);
    }

    /** The product page's twin of RecommendForProduct, one product (by SKU) per request. */
    public static RestDoor productRecommendations(String name, URI base, String shop, List<String> skus, int limit, String key) {
        List<byte[]> bodies = skus.stream().map(sku -> {
            StringBuilder json = new StringBuilder("{\"sku\":");
            Requests.quote(json, sku);
            return json.append(",\"limit\":").append(limit).append('}').toString().getBytes(StandardCharsets.UTF_8);
        }).toList();
        return new RestDoor(name, base, shop, "/recommendations/product", bodies, key);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Caller caller(int thread) throws Exception {
        KeepAliveConnection connection = KeepAliveConnection.to(base);
        CartCycle cycle = new CartCycle(requests.size(), thread);
        return new Caller() {
            @Override
            public void call() throws Exception {
                String body = connection.exchange(requests.get(cycle.next()));
                int at = body.indexOf(MODEL_VERSION);
                if (at < 0 || body.charAt(at + MODEL_VERSION.length()) == '0') {
                    throw new IllegalStateException("shop '" + shop + "' answered without a model: " + body);
                }
            }

            @Override
            public void close() throws Exception {
                connection.close();
            }
        };
    }
}
