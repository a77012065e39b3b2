package com.cartwise.grpc.access;

import com.cartwise.application.access.KeyHolder;
import com.cartwise.application.port.AccessMetrics;
import com.cartwise.application.port.AccessMetrics.Door;
import com.cartwise.application.port.AccessMetrics.Refusal;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.grpc.ShopStatus;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.Status;

/**
 * Passes on only messages whose {@code shop_id} is the key's shop. The field is found by name in
 * each message's descriptor, so a new RPC is guarded as soon as its request names a shop; one
 * whose request names none is not for a shop's key at all.
 */
final class OwnShopOnly<Q> extends SimpleForwardingServerCallListener<Q> {
    private static final String SHOP_FIELD = "shop_id";

    private final ServerCall<Q, ?> call;
    private final KeyHolder.OneShop holder;
    private final AccessMetrics metrics;
    private boolean refused;

    OwnShopOnly(ServerCall.Listener<Q> next, ServerCall<Q, ?> call, KeyHolder.OneShop holder, AccessMetrics metrics) {
        super(next);
        this.call = call;
        this.holder = holder;
        this.metrics = metrics;
    }

    @Override
    public void onMessage(Q message) {
        if (refused) {
            return;
        }
        Status refusal = refusal(message);
        if (refusal != null) {
            refused = true;
            metrics.refused(Door.GRPC, refusal.getCode() == Status.Code.NOT_FOUND ? Refusal.OTHER_SHOP : Refusal.FORBIDDEN);
            call.close(refusal, new Metadata());
            return;
        }
        super.onMessage(message);
    }

    @Override
    public void onHalfClose() {
        if (!refused) {
            super.onHalfClose();
        }
    }

    @Override
    public void onReady() {
        if (!refused) {
            super.onReady();
        }
    }

    private Status refusal(Q message) {
        FieldDescriptor field = message instanceof Message proto ? proto.getDescriptorForType().findFieldByName(SHOP_FIELD) : null;
        if (field == null || field.getJavaType() != FieldDescriptor.JavaType.STRING) {
            return Status.PERMISSION_DENIED.withDescription("a shop's key may only call RPCs about its own shop");
        }
        String named = (String) ((Message) message).getField(field);
        try {
            // An invalid id names no shop: the service itself says what is wrong with it.
            return holder.mayUse(ShopId.of(named)) ? null : ShopStatus.notFound(named).getStatus();
        } catch (InvalidInputException e) {
            return null;
        }
    }
}
