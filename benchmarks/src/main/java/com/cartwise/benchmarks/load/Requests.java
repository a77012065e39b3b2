package com.cartwise.benchmarks.load;

import com.cartwise.proto.v1.RecommendForCartRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One cart as the gRPC request and as the REST twin's JSON body: the same question on both doors. */
public final class Requests {

    private Requests() {
    }

    public static RecommendForCartRequest grpc(String shop, List<CartItem> cart, int limit) {
        RecommendForCartRequest.Builder request = RecommendForCartRequest.newBuilder().setShopId(shop).setLimit(limit);
        for (CartItem item : cart) {
            com.cartwise.proto.v1.CartItem.Builder proto = com.cartwise.proto.v1.CartItem.newBuilder();
            switch (item.kind()) {
                case SKU -> proto.setSku(item.value());
                case SHOPIFY_VARIANT_ID -> proto.setShopifyVariantId(Long.parseLong(item.value()));
                case VARIANT_ID -> proto.setVariantId(Long.parseLong(item.value()));
            }
            request.addItems(proto);
        }
        return request.build();
    }

    public static byte[] json(List<CartItem> cart, int limit) {
        StringBuilder json = new StringBuilder("{\"items\":[");
        for (int i = 0; i < cart.size(); i++) {
            CartItem item = cart.get(i);
            json.append(i == 0 ? "" : ",").append("{\"").append(item.kind().field).append("\":");
            if (item.kind() == CartItem.Kind.SKU) {
                quote(json, item.value());
            } else {
                json.append(item.value());
            }
            json.append('}');
        }
        return json.append("],\"limit\":").append(limit).append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    static void quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }
}
