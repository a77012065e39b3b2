package com.cartwise.grpc.wire;

import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.domain.analytics.experiment.Arm;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantMemo;
import com.cartwise.domain.recommend.Evidence;
import com.cartwise.domain.recommend.Recommendation;
import com.cartwise.domain.recommend.Source;
import com.cartwise.domain.recommend.serving.TextMemo;
import com.cartwise.proto.v1.Money;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a RecommendForCartResponse (or RecommendForProductResponse: the same fields under the
 * same numbers) straight in protobuf's wire format, as protobuf's own serializer writes it:
 * fields in number order, proto3 defaults left out. What depends on the variant alone (keys,
 * titles, price, stock: fields 1 to 5 of a Recommendation) is encoded once per variant and copied
 * into every answer that offers it; only score, reason, evidence and source are written per call.
 * Built with protobuf's message builders instead, a call built about ten messages, checked every
 * title for valid UTF-8 as it was set and encoded the rest again on the wire: half of
 * RecommendForCart's handler CPU on the million-order shop (JFR under load).
 * A variant's encoded part is kept while the variant is the same value ({@link VariantMemo}).
 */
public final class AnswerEncoder {
    private static final int LENGTH_DELIMITED = WireFormat.WIRETYPE_LENGTH_DELIMITED;

    private final VariantMemo<VariantPart> variantParts = new VariantMemo<>(VariantPart::of, VariantPart::variant);
    /** The answer's metric and reason: a few constant sentences and scorer names, kept encoded. */
    private final TextMemo texts = new TextMemo(AnswerEncoder::utf8);

    /**
     * A variant's Recommendation fields 1 to 5, encoded, and for evidence naming it as the cart item:
     * its product title's UTF-8 and the start of the reason ({@link ReasonBytes#prefix}).
     */
    private record VariantPart(Variant variant, byte[] fields, byte[] tracked, byte[] productTitle, byte[] reasonPrefix) {
        static VariantPart of(Variant variant) {
            var fields = com.cartwise.proto.v1.Recommendation.newBuilder()
                    .setVariant(VariantKeysMessages.of(variant))
                    .setProductTitle(variant.productTitle())
                    .setVariantTitle(variant.variantTitle())
                    .setInventoryQuantity(variant.stock().quantity());
            // a basket file's item holds 0.00 until a products export prices it: a till must not show that as its price
            if (variant.priceGiven()) {
                fields.setPrice(Money.newBuilder()
                        .setAmount(variant.price().amountText())
                        .setCurrencyCode(variant.price().currency().getCurrencyCode()));
            }
            // its field number comes after the ones written per answer (score to source): written last, as protobuf does
            byte[] tracked = com.cartwise.proto.v1.Recommendation.newBuilder().setInventoryTracked(variant.stock().tracked())
                    .build().toByteArray();
            return new VariantPart(variant, fields.build().toByteArray(), tracked, utf8(variant.productTitle()), ReasonBytes.prefix(variant.lineName()));
        }
    }

    /** The answer to a cart or a product page. */
    public EncodedAnswer encode(RecommendForCart.Result.Recommended result) {
        List<Recommendation> recommendations = result.recommendations();
        int count = recommendations.size();
        VariantPart[] parts = new VariantPart[count];
        // the cart item each recommendation's evidence names: its title and reason prefix, looked up once
        VariantPart[] withParts = new VariantPart[count];
        byte[][] reasons = new byte[count][];
        int[] sizes = new int[count];
        int[] evidenceSizes = new int[count];
        byte[] metric = texts.of(result.metric().orElse(""));
        byte[] reason = texts.of(result.reason());
        byte[] recommendationId = result.recommendationId().value().getBytes(StandardCharsets.US_ASCII);
        int arm = armNumber(result.arm());
        int total = int64Size(1, result.modelVersion()) + bytesSize(2, metric) + enumSize(4, sourceNumber(result.source()))
                + bytesSize(5, reason) + bytesSize(6, recommendationId) + enumSize(7, arm);
        for (int i = 0; i < count; i++) {
            Recommendation r = recommendations.get(i);
            parts[i] = part(r.variant());
            if (r.evidence().isPresent()) {
                Evidence evidence = r.evidence().get();
                withParts[i] = part(evidence.with());
                reasons[i] = ReasonBytes.of(withParts[i].reasonPrefix(), evidence);
                evidenceSizes[i] = evidenceSize(evidence, withParts[i]);
            } else {
                reasons[i] = utf8(r.reason());
                evidenceSizes[i] = -1;
            }
            sizes[i] = parts[i].fields().length + doubleSize(6, r.score()) + bytesSize(7, reasons[i])
                    + (evidenceSizes[i] < 0 ? 0 : messageSize(8, evidenceSizes[i])) + enumSize(9, sourceNumber(r.source()))
                    + parts[i].tracked().length;
            total += messageSize(3, sizes[i]);
        }
        byte[] bytes = new byte[total];
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        try {
            writeInt64(out, 1, result.modelVersion());
            writeBytes(out, 2, metric);
            for (int i = 0; i < count; i++) {
                Recommendation r = recommendations.get(i);
                out.writeTag(3, LENGTH_DELIMITED);
                out.writeUInt32NoTag(sizes[i]);
                out.writeRawBytes(parts[i].fields());
                writeDouble(out, 6, r.score());
                writeBytes(out, 7, reasons[i]);
                if (evidenceSizes[i] >= 0) {
                    out.writeTag(8, LENGTH_DELIMITED);
                    out.writeUInt32NoTag(evidenceSizes[i]);
                    writeEvidence(out, r.evidence().orElseThrow(), withParts[i]);
                }
                writeEnum(out, 9, sourceNumber(r.source()));
                out.writeRawBytes(parts[i].tracked());
            }
            writeEnum(out, 4, sourceNumber(result.source()));
            writeBytes(out, 5, reason);
            writeBytes(out, 6, recommendationId);
            writeEnum(out, 7, arm);
            out.checkNoSpaceLeft();
        } catch (IOException e) {
            throw new UncheckedIOException("an answer outgrew the size computed for it", e);
        }
        return new EncodedAnswer(bytes);
    }

    private static int evidenceSize(Evidence e, VariantPart with) {
        return int64Size(1, e.with().id()) + bytesSize(2, with.productTitle()) + int64Size(3, e.ordersTogether())
                + int64Size(4, e.ordersWithCartItem()) + int64Size(5, e.ordersTotal()) + doubleSize(6, e.lift());
    }

    private static void writeEvidence(CodedOutputStream out, Evidence e, VariantPart with) throws IOException {
        writeInt64(out, 1, e.with().id());
        writeBytes(out, 2, with.productTitle());
        writeInt64(out, 3, e.ordersTogether());
        writeInt64(out, 4, e.ordersWithCartItem());
        writeInt64(out, 5, e.ordersTotal());
        writeDouble(out, 6, e.lift());
    }

    /** The proto enum's number: SOURCE_CO_PURCHASE 1, SOURCE_POPULARITY 2. */
    static int sourceNumber(Source source) {
        return switch (source) {
            case CO_PURCHASE -> com.cartwise.proto.v1.Source.SOURCE_CO_PURCHASE_VALUE;
            case POPULARITY -> com.cartwise.proto.v1.Source.SOURCE_POPULARITY_VALUE;
        };
    }

    /** The proto enum's number: ARM_NONE 0 (not written), ARM_TREATMENT 1, ARM_CONTROL 2. */
    static int armNumber(Arm arm) {
        return switch (arm) {
            case NONE -> com.cartwise.proto.v1.Arm.ARM_NONE_VALUE;
            case TREATMENT -> com.cartwise.proto.v1.Arm.ARM_TREATMENT_VALUE;
            case CONTROL -> com.cartwise.proto.v1.Arm.ARM_CONTROL_VALUE;
        };
    }

    private VariantPart part(Variant variant) {
        return variantParts.of(variant);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // proto3: a field holding its default (0, an empty string, the zero enum) is not written

    private static int int64Size(int field, long value) {
        return value == 0 ? 0 : CodedOutputStream.computeInt64Size(field, value);
    }

    private static int doubleSize(int field, double value) {
        return Double.doubleToRawLongBits(value) == 0 ? 0 : CodedOutputStream.computeDoubleSize(field, value);
    }

    private static int enumSize(int field, int value) {
        return value == 0 ? 0 : CodedOutputStream.computeEnumSize(field, value);
    }

    private static int bytesSize(int field, byte[] value) {
        return value.length == 0 ? 0 : CodedOutputStream.computeByteArraySize(field, value);
    }

    private static int messageSize(int field, int size) {
        return CodedOutputStream.computeTagSize(field) + CodedOutputStream.computeUInt32SizeNoTag(size) + size;
    }

    private static void writeInt64(CodedOutputStream out, int field, long value) throws IOException {
        if (value != 0) {
            out.writeInt64(field, value);
        }
    }

    private static void writeDouble(CodedOutputStream out, int field, double value) throws IOException {
        if (Double.doubleToRawLongBits(value) != 0) {
            out.writeDouble(field, value);
        }
    }

    private static void writeEnum(CodedOutputStream out, int field, int value) throws IOException {
        if (value != 0) {
            out.writeEnum(field, value);
        }
    }

    private static void writeBytes(CodedOutputStream out, int field, byte[] value) throws IOException {
        if (value.length > 0) {
            out.writeByteArray(field, value);
        }
    }
}
