package com.cartwise.grpc;

import com.cartwise.application.bundles.cart.FindBundlesForCart;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.proto.v1.BundleServiceGrpc;
import com.cartwise.proto.v1.ListBundlesForCartRequest;
import com.cartwise.proto.v1.ListBundlesForCartResponse;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * {@code cartwise.v1.BundleService}: the active bundles that hold something of a till's cart. Run
 * as {@link RecommendationGrpcService} runs: a shop whose active bundles are in memory is answered
 * on the handler's thread; one that needs the database waits on {@link ModelLoadingExecutor}'s
 * threads, and a call whose deadline passed or that its client cancelled meanwhile is not computed.
 */
@Singleton
public final class BundleGrpcService extends BundleServiceGrpc.BundleServiceImplBase {
    private static final String METHOD = BundleServiceGrpc.getListBundlesForCartMethod().getFullMethodName();
    private final FindBundlesForCart findBundlesForCart;
    private final ExecutorService loading;

    public BundleGrpcService(FindBundlesForCart findBundlesForCart, @Named(ModelLoadingExecutor.NAME) ExecutorService loading) {
        this.findBundlesForCart = findBundlesForCart;
        this.loading = loading;
    }

    @Override
    public void listBundlesForCart(ListBundlesForCartRequest request, StreamObserver<ListBundlesForCartResponse> response) {
        if (Context.current().isCancelled()) {
            return;
        }
        FindBundlesForCart.Command command = toCommand(request);
        Optional<FindBundlesForCart.Result> fromMemory = findBundlesForCart.executeIfServed(command);
        if (fromMemory.isPresent()) {
            answer(fromMemory.get(), response);
            return;
        }
        Context call = Context.current();
        loading.execute(call.wrap(() -> {
            if (call.isCancelled()) {
                return;
            }
            try {
                FindBundlesForCart.Result result = findBundlesForCart.execute(command);
                if (!call.isCancelled()) {
                    answer(result, response);
                }
            } catch (RuntimeException e) {
                response.onError(ErrorStatusInterceptor.toStatus(e, METHOD));
            }
        }));
    }

    /** Every rule breach is an InvalidInputException naming the field as the request spells it. */
    static FindBundlesForCart.Command toCommand(ListBundlesForCartRequest request) {
        ShopId shop = ShopId.of(request.getShopId());
        List<VariantKey> items = new ArrayList<>(request.getItemsCount());
        for (int i = 0; i < request.getItemsCount(); i++) {
            items.add(RecommendationRequests.keyOf(request.getItems(i), i));
        }
        // proto3 `optional` tells an absent limit from an explicit 0: only the former means "default".
        int limit = request.hasLimit() ? request.getLimit() : FindBundlesForCart.DEFAULT_LIMIT;
        return new FindBundlesForCart.Command(shop, items, limit);
    }

    private static void answer(FindBundlesForCart.Result result, StreamObserver<ListBundlesForCartResponse> response) {
        switch (result) {
            case FindBundlesForCart.Result.Found found -> {
                response.onNext(BundleResponses.toResponse(found));
                response.onCompleted();
            }
            case FindBundlesForCart.Result.ShopNotFound notFound -> response.onError(ShopStatus.notFound(notFound.shop()));
        }
    }
}
