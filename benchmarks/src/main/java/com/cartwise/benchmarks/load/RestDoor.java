package com.cartwise.benchmarks.load;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The REST twin, {@code POST /api/v1/shops/{shop}/recommendations}, one keep-alive connection per
 * client thread (as ApacheBench's -k -c N), the same carts as the gRPC door.
 */
final class RestDoor implements Door {
    private static final String MODEL_VERSION = "\"model_version\":";
    private final String name;
    private final URI base;
    private final String shop;
    private final List<byte[]> requests;

    RestDoor(String name, URI base, String shop, List<List<CartItem>> carts, int limit, String key) {
        this.name = name;
        this.base = base;
        this.shop = shop;
        String path = base.getPath().replaceAll("/$", "") + "/api/v1/shops/" + shop + "/recommendations";
        String host = base.getHost() + ":" + port(base);
        this.requests = carts.stream().map(cart -> request(path, host, key, Requests.json(cart, limit))).toList();
    }

    private static byte[] request(String path, String host, String key, byte[] body) {
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + key + "\r\n"
                + "Accept: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : 80;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Caller caller(int thread) throws Exception {
        KeepAliveConnection connection = new KeepAliveConnection(base.getHost(), port(base));
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
