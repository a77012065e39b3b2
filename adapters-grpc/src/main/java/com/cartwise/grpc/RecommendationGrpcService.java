package com.cartwise.grpc;

import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.proto.v1.RecommendForCartRequest;
import com.cartwise.proto.v1.RecommendForCartResponse;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * {@code cartwise.v1.RecommendationService}: what else a till's cart is likely to be bought with.
 * Malformed requests throw {@link com.cartwise.domain.InvalidInputException} while the command is
 * built; {@link ErrorStatusInterceptor} answers those (and anything unexpected) for every service.
 * <p>
 * Handlers run on a few CPU threads or the event loop ({@link HandlerThreads}): a shop whose model is in memory is
 * answered right there; anything that needs the database goes to {@link ModelLoadingExecutor}. A
 * call whose deadline has passed or that its client cancelled (grpc-java has then already closed
 * it) is not computed, and one that became so while its model loaded is not answered.
 */
@Singleton
public final class RecommendationGrpcService extends RecommendationServiceGrpc.RecommendationServiceImplBase {
    private static final String METHOD = RecommendationServiceGrpc.getRecommendForCartMethod().getFullMethodName();
    private final RecommendForCart recommendForCart;
    private final ExecutorService modelLoading;
    private final RecommendationResponses responses = new RecommendationResponses();

    public RecommendationGrpcService(RecommendForCart recommendForCart,
                                     @Named(ModelLoadingExecutor.NAME) ExecutorService modelLoading) {
        this.recommendForCart = recommendForCart;
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
        Context call = Context.current();
        modelLoading.execute(call.wrap(() -> {
            if (call.isCancelled()) {
                return;
            }
            try {
                RecommendForCart.Result result = recommendForCart.execute(command);
                if (!call.isCancelled()) {
                    answer(result, response);
                }
            } catch (RuntimeException e) {
                // Off the handler's thread ErrorStatusInterceptor cannot catch it: the same mapping, here.
                response.onError(ErrorStatusInterceptor.toStatus(e, METHOD));
            }
        }));
    }

    private void answer(RecommendForCart.Result result, StreamObserver<RecommendForCartResponse> response) {
        switch (result) {
            case RecommendForCart.Result.Recommended recommended -> {
                response.onNext(responses.toResponse(recommended));
                response.onCompleted();
            }
            case RecommendForCart.Result.ShopNotFound notFound -> response.onError(Status.NOT_FOUND
                    .withDescription("no shop with shop_id '" + notFound.shop() + "' exists")
                    .asRuntimeException());
        }
    }
}
