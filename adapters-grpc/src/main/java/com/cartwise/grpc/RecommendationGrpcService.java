package com.cartwise.grpc;

import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.proto.v1.RecommendForCartRequest;
import com.cartwise.proto.v1.RecommendForCartResponse;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import jakarta.inject.Singleton;

/**
 * {@code cartwise.v1.RecommendationService}: what else a till's cart is likely to be bought with.
 * Malformed requests throw {@link com.cartwise.domain.InvalidInputException} while the command is
 * built; {@link ErrorStatusInterceptor} answers those (and anything unexpected) for every service.
 */
@Singleton
public final class RecommendationGrpcService extends RecommendationServiceGrpc.RecommendationServiceImplBase {
    private final RecommendForCart recommendForCart;

    public RecommendationGrpcService(RecommendForCart recommendForCart) {
        this.recommendForCart = recommendForCart;
    }

    @Override
    public void recommendForCart(RecommendForCartRequest request, StreamObserver<RecommendForCartResponse> response) {
        RecommendForCart.Result result = recommendForCart.execute(RecommendationRequests.toCommand(request));
        switch (result) {
            case RecommendForCart.Result.Recommended recommended -> {
                response.onNext(RecommendationResponses.toResponse(recommended));
                response.onCompleted();
            }
            case RecommendForCart.Result.ShopNotFound notFound -> response.onError(Status.NOT_FOUND
                    .withDescription("no shop with shop_id '" + notFound.shop() + "' exists")
                    .asRuntimeException());
        }
    }
}
