package com.cartwise.grpc;

import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.application.recommend.RecommendForProduct;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.grpc.wire.AnswerEncoder;
import com.cartwise.grpc.wire.EncodedAnswer;
import com.cartwise.proto.v1.RecommendForCartRequest;
import com.cartwise.proto.v1.RecommendForProductRequest;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import io.grpc.BindableService;
import io.grpc.Context;
import io.grpc.MethodDescriptor;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ServerCalls;
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
 * <p>
 * Answers leave already encoded ({@link AnswerEncoder}): the service is bound with the generated
 * methods' names, request types and schema (so reflection describes it as the .proto does), and
 * a response marshaller that sends those bytes as they are. Clients see the generated response
 * messages.
 */
@Singleton
public final class RecommendationGrpcService implements BindableService {
    private static final MethodDescriptor<RecommendForCartRequest, EncodedAnswer> CART = RecommendationServiceGrpc
            .getRecommendForCartMethod().toBuilder(ProtoUtils.marshaller(RecommendForCartRequest.getDefaultInstance()),
                    EncodedAnswer.MARSHALLER).build();
    private static final MethodDescriptor<RecommendForProductRequest, EncodedAnswer> PRODUCT = RecommendationServiceGrpc
            .getRecommendForProductMethod().toBuilder(ProtoUtils.marshaller(RecommendForProductRequest.getDefaultInstance()),
                    EncodedAnswer.MARSHALLER).build();
    private final RecommendForCart recommendForCart;
    private final RecommendForProduct recommendForProduct;
    private final ExecutorService modelLoading;
    private final AnswerEncoder answers = new AnswerEncoder();

    public RecommendationGrpcService(RecommendForCart recommendForCart, RecommendForProduct recommendForProduct,
                                     @Named(ModelLoadingExecutor.NAME) ExecutorService modelLoading) {
        this.recommendForCart = recommendForCart;
        this.recommendForProduct = recommendForProduct;
        this.modelLoading = modelLoading;
    }

    @Override
    public ServerServiceDefinition bindService() {
        ServiceDescriptor generated = RecommendationServiceGrpc.getServiceDescriptor();
        ServiceDescriptor service = ServiceDescriptor.newBuilder(generated.getName())
                .setSchemaDescriptor(generated.getSchemaDescriptor())
                .addMethod(CART)
                .addMethod(PRODUCT)
                .build();
        return ServerServiceDefinition.builder(service)
                .addMethod(CART, ServerCalls.asyncUnaryCall(this::recommendForCart))
                .addMethod(PRODUCT, ServerCalls.asyncUnaryCall(this::recommendForProduct))
                .build();
    }

    void recommendForCart(RecommendForCartRequest request, StreamObserver<EncodedAnswer> response) {
        if (Context.current().isCancelled()) {
            return;
        }
        RecommendForCart.Command command = RecommendationRequests.toCommand(request);
        Optional<RecommendForCart.Result> fromMemory = recommendForCart.executeIfServed(command);
        if (fromMemory.isPresent()) {
            answer(fromMemory.get(), response);
            return;
        }
        onModelLoadingThread(CART.getFullMethodName(), response, () -> recommendForCart.execute(command),
                result -> answer(result, response));
    }

    void recommendForProduct(RecommendForProductRequest request, StreamObserver<EncodedAnswer> response) {
        if (Context.current().isCancelled()) {
            return;
        }
        RecommendForProduct.Command command = RecommendationRequests.toCommand(request);
        Optional<RecommendForProduct.Result> fromMemory = recommendForProduct.executeIfServed(command);
        if (fromMemory.isPresent()) {
            answerProduct(fromMemory.get(), response);
            return;
        }
        onModelLoadingThread(PRODUCT.getFullMethodName(), response, () -> recommendForProduct.execute(command),
                result -> answerProduct(result, response));
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

    private void answer(RecommendForCart.Result result, StreamObserver<EncodedAnswer> response) {
        switch (result) {
            case RecommendForCart.Result.Recommended recommended -> {
                response.onNext(answers.encode(recommended));
                response.onCompleted();
            }
            case RecommendForCart.Result.ShopNotFound notFound -> response.onError(shopNotFound(notFound.shop()));
        }
    }

    private void answerProduct(RecommendForProduct.Result result, StreamObserver<EncodedAnswer> response) {
        switch (result) {
            case RecommendForCart.Result.Recommended recommended -> {
                response.onNext(answers.encode(recommended));
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
