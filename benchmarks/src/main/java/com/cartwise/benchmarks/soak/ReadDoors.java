package com.cartwise.benchmarks.soak;

import com.cartwise.benchmarks.load.CartCycle;
import com.cartwise.benchmarks.load.Door;
import com.cartwise.benchmarks.load.GrpcDoors;
import com.cartwise.benchmarks.load.KeepAliveConnection;
import com.cartwise.proto.v1.RecommendForProductRequest;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The soak's doors that read: a product page's RecommendForProduct over gRPC, and the dashboard's REST reads. */
final class ReadDoors {

    private ReadDoors() {
    }

    /** RecommendForProduct by SKU, each thread walking the SKUs from its own place; an answer without a model is an error. */
    static Door recommendForProduct(String name, GrpcDoors.Channels channels, Duration deadline, String shop, List<String> skus,
                                    int limit) {
        List<RecommendForProductRequest> requests = skus.stream()
                .map(sku -> RecommendForProductRequest.newBuilder().setShopId(shop).setSku(sku).setLimit(limit).build()).toList();
        return Door.named(name, thread -> {
            RecommendationServiceGrpc.RecommendationServiceBlockingStub stub = RecommendationServiceGrpc.newBlockingStub(
                    channels.forThread(thread));
            CartCycle cycle = new CartCycle(requests.size(), thread);
            return () -> {
                RecommendForProductRequest request = requests.get(cycle.next());
                long version = stub.withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS).recommendForProduct(request).getModelVersion();
                if (version <= 0) {
                    throw new IllegalStateException("shop '" + shop + "' answered a product page without a model");
                }
            };
        });
    }

    /**
     * What a merchant's dashboard reads, in turn: each shop's jobs and models, and the first shop's
     * analytics reports and bundles. Any answer but a complete 200 is an error.
     *
     * @param shops the served shop first, then the shop the soak imports into
     */
    static Door dashboard(String name, URI base, List<String> shops, String key) {
        String served = "/api/v1/shops/" + shops.getFirst();
        List<String> paths = new ArrayList<>(List.of(served + "/analytics/acceptance", served + "/analytics/revenue",
                served + "/analytics/series?granularity=day", served + "/analytics/top-pairs", served + "/active-bundles",
                served + "/bundle-recommendations"));
        for (String shop : shops) {
            paths.add("/api/v1/shops/" + shop + "/jobs?limit=20");
            paths.add("/api/v1/shops/" + shop + "/models");
        }
        List<byte[]> requests = paths.stream().map(path -> KeepAliveConnection.request("GET", base, path, key, null)).toList();
        return Door.named(name, thread -> {
            KeepAliveConnection connection = KeepAliveConnection.to(base);
            CartCycle cycle = new CartCycle(requests.size(), thread);
            return new Door.Caller() {
                @Override
                public void call() throws Exception {
                    connection.exchange(requests.get(cycle.next()));
                }

                @Override
                public void close() throws Exception {
                    connection.close();
                }
            };
        });
    }
}
