package com.cartwise.bootstrap.tenancy;

import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.grpc.access.ApiKeyInterceptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** An RPC of the running server, called with a request that names a shop (if its message has a shop_id) and nothing else. */
public record GuardedRpc(MethodDescriptor<Object, Object> method) {

    /** Every RPC the running server offers, but those of {@link ApiKeyInterceptor#OPEN_SERVICES} (health, reflection). */
    public static List<GuardedRpc> of(CartwiseServer server) {
        return of(server.context().getBean(GrpcEmbeddedServer.class).getServer().getServices());
    }

    @SuppressWarnings("unchecked")
    static List<GuardedRpc> of(List<ServerServiceDefinition> services) {
        List<GuardedRpc> rpcs = new ArrayList<>();
        for (ServerServiceDefinition service : services) {
            if (ApiKeyInterceptor.OPEN_SERVICES.contains(service.getServiceDescriptor().getName())) {
                continue;
            }
            for (ServerMethodDefinition<?, ?> definition : service.getMethods()) {
                rpcs.add(new GuardedRpc((MethodDescriptor<Object, Object>) definition.getMethodDescriptor()));
            }
        }
        return rpcs;
    }

    /** The RPC's request message with nothing set: its descriptor lists the fields. */
    public Message prototype() {
        return (Message) ((MethodDescriptor.PrototypeMarshaller<?>) method.getRequestMarshaller()).getMessagePrototype();
    }

    boolean namesAShop() {
        return prototype().getDescriptorForType().findFieldByName("shop_id") != null;
    }

    Status call(Channel channel, String shop) {
        Message.Builder request = prototype().toBuilder();
        FieldDescriptor field = request.getDescriptorForType().findFieldByName("shop_id");
        if (field != null) {
            request.setField(field, shop);
        }
        return call(channel, request.build());
    }

    /** Sends the one message (whatever the RPC's kind) and answers the status it ends with. */
    public Status call(Channel channel, Message request) {
        ClientCall<Object, Object> call = channel.newCall(method, CallOptions.DEFAULT.withDeadlineAfter(10, TimeUnit.SECONDS));
        CompletableFuture<Status> ended = new CompletableFuture<>();
        call.start(new ClientCall.Listener<>() {
            @Override
            public void onClose(Status status, Metadata trailers) {
                ended.complete(status);
            }
        }, new Metadata());
        call.request(Integer.MAX_VALUE);
        call.sendMessage(request);
        call.halfClose();
        try {
            return ended.get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(this + " did not end", e);
        }
    }

    @Override
    public String toString() {
        return method.getFullMethodName();
    }
}
