package com.cartwise.bootstrap.tenancy;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Requests of an RPC with a hostile text in one string field each, found in the request message's
 * descriptor (nested and repeated messages included), the shop's {@code shop_id} set wherever it
 * is not the probed field.
 */
final class InjectedMessages {
    private static final int DEPTH = 4;

    private InjectedMessages() {
    }

    /** Field path (e.g. {@code items[].sku}) to the request carrying the hostile text there. */
    static Map<String, Message> of(Message prototype, String shop, String hostile) {
        Map<String, Message> requests = new LinkedHashMap<>();
        for (Map.Entry<String, Message.Builder> field : fields(prototype.getDescriptorForType(), prototype, hostile, DEPTH).entrySet()) {
            Message.Builder request = field.getValue();
            FieldDescriptor shopId = request.getDescriptorForType().findFieldByName("shop_id");
            if (shopId != null && !field.getKey().equals("shop_id")) {
                request.setField(shopId, shop);
            }
            requests.put(field.getKey(), request.build());
        }
        return requests;
    }

    private static Map<String, Message.Builder> fields(Descriptor type, Message prototype, String hostile, int depth) {
        Map<String, Message.Builder> builders = new LinkedHashMap<>();
        for (FieldDescriptor field : type.getFields()) {
            String name = field.getName() + (field.isRepeated() ? "[]" : "");
            if (field.getJavaType() == FieldDescriptor.JavaType.STRING) {
                builders.put(name, set(prototype.toBuilder(), field, hostile));
            } else if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !field.isMapField() && depth > 1) {
                Message nested = prototype.toBuilder().newBuilderForField(field).getDefaultInstanceForType();
                fields(field.getMessageType(), nested, hostile, depth - 1).forEach((path, inner) ->
                        builders.put(name + "." + path, set(prototype.toBuilder(), field, inner.build())));
            }
        }
        return builders;
    }

    private static Message.Builder set(Message.Builder builder, FieldDescriptor field, Object value) {
        return field.isRepeated() ? builder.addRepeatedField(field, value) : builder.setField(field, value);
    }
}
