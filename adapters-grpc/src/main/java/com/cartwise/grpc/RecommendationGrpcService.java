package com.cartwise.grpc;

import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.application.recommend.RecommendForProduct;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.proto.v1.RecommendForCartRequest;
import com.cartwise.proto.v1.RecommendForCartResponse;
import com.cartwise.proto.v1.RecommendForProductRequest;
import com.cartwise.proto.v1.RecommendForProductResponse;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code cartwise.v1.RecommendationService}: what else a till's cart is likely to be bought with,
 * and what is frequently bought with a product page's product. Malformed requests throw
 * {@link com.cartwise.domain.InvalidInputException} while the command is built;
 * {@link ErrorStatusInterceptor} answers those (and anything unexpected) for every service.
 * <p>
 * Handlers run on a few CPU threads or the event loop ({@link HandlerThreads}): a shop whose model is in memory is
 * answered right there; anything that needs the database goes to {@link ModelLoadingExecutor}. A
 * call whose deadline has passed or that its client cancelled (grpc-java has then already closed
 * it) is not computed, and one that became so while its model loaded is not answered.
 */
@Singleton
public final class RecommendationGrpcService extends RecommendationServiceGrpc.RecommendationServiceImplBase {
    private static final String CART = RecommendationServiceGrpc.getRecommendForCartMethod().getFullMethodName();
    private static final String PRODUCT = RecommendationServiceGrpc.getRecommendForProductMethod().getFullMethodName();
    private final RecommendForCart recommendForCart;
    private final RecommendForProduct recommendForProduct;
    private final ExecutorService modelLoading;
    private final RecommendationResponses responses = new RecommendationResponses();

    public RecommendationGrpcService(RecommendForCart recommendForCart, RecommendForProduct recommendForProduct,
                                     @Named(ModelLoadingExecutor.NAME) ExecutorService modelLoading) {
        this.recommendForCart = recommendForCart;
        this.recommendForProduct = recommendForProduct;
        this.modelLoading = modelLoading;
    }

    @Override
    public void recommendForCart(RecommendForCartRequest request, StreamObserver<RecommendForCartResponse> response) {
        if (Context.current().isCancelled()) {
            return;
        }
        RecommendForCart.Command command = RecommendationRequests.toCommand(request);
        Optional<RecommendForCart.Result> fromMemory = recommendForCart.executeIfServed(command);
        if (fromMemory.isPresent()) {
            answer(fromMemory.get(), response);
            return;
        }
        onModelLoadingThread(CART, response, () -> recommendForCart.execute(command), result -> answer(result, response));
    }

    @Override
    public void recommendForProduct(RecommendForProductRequest request, StreamObserver<RecommendForProductResponse> response) {
        if (Context.current().isCancelled()) {
            return;
        }
        RecommendForProduct.Command command = RecommendationRequests.toCommand(request);
        Optional<RecommendForProduct.Result> fromMemory = recommendForProduct.executeIfServed(command);
        if (fromMemory.isPresent()) {
            answer(fromMemory.get(), response);
            return;
        }
        onModelLoadingThread(PRODUCT, response, () -> recommendForProduct.execute(command), result -> answer(result, response));
    }

    /** Computes on a thread that may wait for the database, unless the call has ended by then; answers unless it ended meanwhile. */
    private <R> void onModelLoadingThread(String method, StreamObserver<?> response, Supplier<R> compute, Consumer<R> answer) {
        Context call = Context.current();
        modelLoading.execute(call.wrap(() -> {
            if (call.isCancelled()) {
                return;
            }
            try {
                R result = compute.get();
                if (!call.isCancelled()) {
                    answer.accept(result);
                }
            } catch (RuntimeException e) {
                // Off the handler's thread ErrorStatusInterceptor cannot catch it: the same mapping, here.
                response.onError(ErrorStatusInterceptor.toStatus(e, method));
            }
        }));
    }

    private void answer(RecommendForCart.Result result, StreamObserver<RecommendForCartResponse> response) {
        switch (result) {
            case RecommendForCart.Result.Recommended recommended -> {
                response.onNext(responses.toResponse(recommended));
                response.onCompleted();
            }
            case RecommendForCart.Result.ShopNotFound notFound -> response.onError(shopNotFound(notFound.shop()));
        }
    }

    private void answer(RecommendForProduct.Result result, StreamObserver<RecommendForProductResponse> response) {
        switch (result) {
            case RecommendForCart.Result.Recommended recommended -> {
                response.onNext(responses.toProductResponse(recommended));
                response.onCompleted();
            }
            case RecommendForCart.Result.ShopNotFound notFound -> response.onError(shopNotFound(notFound.shop()));
            case RecommendForProduct.ProductNotFound notFound -> response.onError(Status.NOT_FOUND
                    .withDescription(notFound.describe())
                    .asRuntimeException());
        }
    }

    private static StatusRuntimeException shopNotFound(ShopId shop) {
        return ShopStatus.notFound(shop);
    }
}
