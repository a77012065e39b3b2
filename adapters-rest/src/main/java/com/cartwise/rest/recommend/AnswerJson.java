package com.cartwise.rest.recommend;

import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantMemo;
import com.cartwise.domain.recommend.Evidence;
import com.cartwise.domain.recommend.Recommendation;
import com.cartwise.domain.recommend.serving.TextMemo;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a {@link RecommendForCartResponse} as the JSON the serializer would write for it (the
 * same members in the same order, nulls included; {@code AnswerJsonTest} compares the two), for
 * the REST twin's till requests. Through the serializer, reading each member of each record by
 * introspection was a quarter of the REST twin's server samples on the million-order shop (JFR,
 * docs/BENCHMARKS.md). What depends on the variant alone (its keys, titles, price, stock) is
 * written once per variant and copied into every answer that offers it, as the gRPC answer's
 * encoder does ({@link VariantMemo}).
 */
public final class AnswerJson {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private final VariantMemo<VariantPart> parts = new VariantMemo<>(VariantPart::of, VariantPart::variant);
    /** The answer's metric, reason, source and arm: a few constant texts, kept escaped. */
    private final TextMemo texts = new TextMemo(text -> new Json(text.length() + 8).string(text).bytes());

    /**
     * @param members a recommendation's opening brace and its members from {@code variant} to {@code inventory_tracked}, with the
     *                comma after them
     * @param productTitle the product title as a JSON string, for evidence naming this variant as the cart item
     */
    private record VariantPart(Variant variant, byte[] members, byte[] productTitle) {
        static VariantPart of(Variant v) {
            Json json = new Json(256);
            json.raw("{\"variant\":{\"variant_id\":").number(v.id()).raw(",\"shopify_variant_id\":");
            if (v.shopifyVariantId() == null) {
                json.raw("null");
            } else {
                json.number(v.shopifyVariantId());
            }
            json.raw(",\"sku\":").string(v.sku()).raw(",\"handle\":").string(v.handle()).raw(",\"option_values\":[");
            List<String> options = v.optionValues();
            for (int i = 0; i < options.size(); i++) {
                json.raw(i == 0 ? "" : ",").string(options.get(i));
            }
            json.raw("]},\"product_title\":").string(v.productTitle())
                    .raw(",\"variant_title\":").string(v.variantTitle());
            // null, as gRPC leaves it out, for a basket file's item that no products export has priced
            if (v.priceGiven()) {
                json.raw(",\"price\":{\"amount\":").string(v.price().amountText())
                        .raw(",\"currency_code\":").string(v.price().currency().getCurrencyCode()).raw("}");
            } else {
                json.raw(",\"price\":null");
            }
            json.raw(",\"inventory_quantity\":").number(v.stock().quantity())
                    .raw(",\"inventory_tracked\":").raw(v.stock().tracked() ? "true" : "false").raw(",");
            return new VariantPart(v, json.bytes(), new Json(64).string(v.productTitle()).bytes());
        }
    }

    /** The answer to a cart or a product page, as UTF-8 JSON. */
    public byte[] write(RecommendForCart.Result.Recommended result) {
        Json json = new Json(512 + 640 * result.recommendations().size());
        json.raw("{\"model_version\":").number(result.modelVersion())
                .raw(",\"metric\":").bytes(texts.of(result.metric().orElse("")))
                .raw(",\"recommendations\":[");
        List<Recommendation> recommendations = result.recommendations();
        for (int i = 0; i < recommendations.size(); i++) {
            Recommendation r = recommendations.get(i);
            json.raw(i == 0 ? "" : ",").bytes(part(r.variant()).members())
                    .raw("\"score\":").number(r.score())
                    .raw(",\"reason\":").string(r.reason())
                    .raw(",\"evidence\":");
            if (r.evidence().isPresent()) {
                Evidence e = r.evidence().get();
                json.raw("{\"with_variant_id\":").number(e.with().id())
                        .raw(",\"with_product_title\":").bytes(part(e.with()).productTitle())
                        .raw(",\"orders_together\":").number(e.ordersTogether())
                        .raw(",\"orders_with_cart_item\":").number(e.ordersWithCartItem())
                        .raw(",\"orders_total\":").number(e.ordersTotal())
                        .raw(",\"lift\":").number(e.lift()).raw("}");
            } else {
                json.raw("null");
            }
            json.raw(",\"source\":").bytes(texts.of(r.source().wireName())).raw("}");
        }
        json.raw("],\"source\":").bytes(texts.of(result.source().wireName()))
                .raw(",\"reason\":").bytes(texts.of(result.reason()))
                .raw(",\"recommendation_id\":").string(result.recommendationId().value())
                .raw(",\"arm\":").bytes(texts.of(result.arm().wireName()))
                .raw("}");
        return json.bytes();
    }

    private VariantPart part(Variant variant) {
        return parts.of(variant);
    }

    /** A growing UTF-8 buffer that writes JSON values as Jackson's generator does by default. */
    static final class Json {
        private byte[] buffer;
        private int size;

        Json(int capacity) {
            buffer = new byte[capacity];
        }

        Json raw(String ascii) {
            ensure(ascii.length());
            for (int i = 0; i < ascii.length(); i++) {
                buffer[size++] = (byte) ascii.charAt(i);
            }
            return this;
        }

        Json bytes(byte[] bytes) {
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buffer, size, bytes.length);
            size += bytes.length;
            return this;
        }

        Json number(long value) {
            return raw(Long.toString(value));
        }

        /** As Jackson writes a double: its shortest decimal form, and the non-finite ones as strings. */
        Json number(double value) {
            return Double.isFinite(value) ? raw(Double.toString(value)) : raw("\"" + value + "\"");
        }

        /** A JSON string: quote, backslash, control characters and surrogates escaped, everything else as UTF-8. */
        Json string(String text) {
            ensure(text.length() * 6 + 2);
            buffer[size++] = '"';
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') {
                    buffer[size++] = '\\';
                    buffer[size++] = (byte) c;
                } else if (c < 0x20) {
                    escapeControl(c);
                } else if (c < 0x80) {
                    buffer[size++] = (byte) c;
                } else if (c < 0x800) {
                    buffer[size++] = (byte) (0xc0 | c >> 6);
                    buffer[size++] = (byte) (0x80 | c & 0x3f);
                } else if (Character.isSurrogate(c)) {
                    // as Jackson writes a character beyond the BMP (and a lone surrogate): each half escaped
                    escapeUnicode(c);
                } else {
                    buffer[size++] = (byte) (0xe0 | c >> 12);
                    buffer[size++] = (byte) (0x80 | c >> 6 & 0x3f);
                    buffer[size++] = (byte) (0x80 | c & 0x3f);
                }
            }
            buffer[size++] = '"';
            return this;
        }

        private void escapeControl(char c) {
            switch (c) {
                case '\n' -> shortEscape('n');
                case '\r' -> shortEscape('r');
                case '\t' -> shortEscape('t');
                case '\b' -> shortEscape('b');
                case '\f' -> shortEscape('f');
                default -> escapeUnicode(c);
            }
        }

        private void shortEscape(char c) {
            buffer[size++] = '\\';
            buffer[size++] = (byte) c;
        }

        private void escapeUnicode(char c) {
            buffer[size++] = '\\';
            buffer[size++] = 'u';
            buffer[size++] = HEX[c >> 12 & 0xf];
            buffer[size++] = HEX[c >> 8 & 0xf];
            buffer[size++] = HEX[c >> 4 & 0xf];
            buffer[size++] = HEX[c & 0xf];
        }

        private void ensure(int more) {
            if (size + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer, size);
        }
    }
}
