package com.cartwise.domain.recommend;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.domain.orders.Basket;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

class ModelCodecTest {
    private static final int MAGIC = 0x43574D31; // "CWM1"
    private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

    /** {10,30} x2, {20,30}, {40}: N = 4, count 10=2 20=1 30=3 40=1, co(10,30)=2, co(20,30)=1. */
    private static final CoOccurrenceModel MODEL = CoOccurrenceModel.learn(List.of(
            new Basket(T, 10, 30), new Basket(T, 10, 30), new Basket(T, 20, 30), new Basket(T, 40)));

    @Test
    void aDecodedModelAnswersExactlyLikeTheOriginal() {
        CoOccurrenceModel decoded = ModelCodec.decode(ModelCodec.encode(MODEL));

        assertEquals(4, decoded.orders());
        assertEquals(4, decoded.variants());
        assertEquals(2, decoded.pairs());
        for (long id : new long[] {10, 20, 30, 40}) {
            assertEquals(MODEL.indexOf(id), decoded.indexOf(id));
        }
        assertEquals(2, decoded.orderCount(decoded.indexOf(10)));
        assertEquals(1, decoded.orderCount(decoded.indexOf(20)));
        assertEquals(3, decoded.orderCount(decoded.indexOf(30)));
        assertEquals(1, decoded.orderCount(decoded.indexOf(40)));
        assertEquals(2, decoded.together(decoded.indexOf(10), decoded.indexOf(30)));
        assertEquals(1, decoded.together(decoded.indexOf(30), decoded.indexOf(20)));
        assertEquals(0, decoded.together(decoded.indexOf(10), decoded.indexOf(20)));
        assertEquals(-1, decoded.indexOf(50));
    }

    @Test
    void aDecodedModelRanksLikeTheOriginal() {
        CoOccurrenceModel decoded = ModelCodec.decode(ModelCodec.encode(MODEL));
        int[] cart = {MODEL.indexOf(30)};

        for (Metric metric : Metric.values()) {
            assertEquals(MODEL.rank(cart, metric, 5, i -> true, (a, b) -> 0),
                    decoded.rank(cart, metric, 5, i -> true, (a, b) -> 0), metric.wireName());
        }
    }

    @Test
    void reEncodingADecodedModelGivesTheSameBytes() {
        byte[] stored = ModelCodec.encode(MODEL);

        assertArrayEquals(stored, ModelCodec.encode(ModelCodec.decode(stored)));
    }

    @Test
    void anEmptyModelSurvivesTheRoundTrip() {
        CoOccurrenceModel decoded = ModelCodec.decode(ModelCodec.encode(CoOccurrenceModel.learn(List.of())));

        assertEquals(0, decoded.orders());
        assertEquals(0, decoded.variants());
        assertEquals(0, decoded.pairs());
    }

    @Test
    void rejectsBytesThatAreNotDeflated() {
        byte[] garbage = "this is not a model".getBytes(StandardCharsets.US_ASCII);

        assertThrows(UncheckedIOException.class, () -> ModelCodec.decode(garbage));
    }

    @Test
    void rejectsNoBytesAtAll() {
        assertThrows(UncheckedIOException.class, () -> ModelCodec.decode(new byte[0]));
    }

    @Test
    void rejectsDeflatedBytesOfSomethingElse() {
        byte[] other = deflate(out -> {
            out.writeInt(0x504B0304);
            out.writeInt(1);
        });

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelCodec.decode(other));
        assertEquals("corrupt model: not a Cartwise model", e.getMessage());
    }

    @Test
    void rejectsAFormatItDoesNotKnow() {
        byte[] future = deflate(out -> {
            out.writeInt(MAGIC);
            out.writeInt(2);
        });

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelCodec.decode(future));
        assertEquals("corrupt model: unknown format 2", e.getMessage());
    }

    @Test
    void rejectsATruncatedModel() {
        byte[] stored = ModelCodec.encode(MODEL);
        byte[] truncated = Arrays.copyOf(stored, stored.length / 2);

        assertThrows(UncheckedIOException.class, () -> ModelCodec.decode(truncated));
    }

    @Test
    void rejectsPartsThatDoNotFitTogether() {
        // two variants, but the second row names neighbour 5, which does not exist
        byte[] inconsistent = deflate(out -> {
            out.writeInt(MAGIC);
            out.writeInt(1);
            out.writeInt(1);
            writeLongs(out, 1, 2);
            writeInts(out, 1, 1);
            writeInts(out, 0, 1, 2);
            writeInts(out, 1, 5);
            writeInts(out, 1, 1);
        });

        assertCorrupt(() -> ModelCodec.decode(inconsistent));
    }

    @Test
    void rejectsVariantIdsOutOfOrder() {
        byte[] unsorted = deflate(out -> {
            out.writeInt(MAGIC);
            out.writeInt(1);
            out.writeInt(2);
            writeLongs(out, 2, 1);
            writeInts(out, 1, 1);
            writeInts(out, 0, 0, 0);
            writeInts(out);
            writeInts(out);
        });

        assertCorrupt(() -> ModelCodec.decode(unsorted));
    }

    @Test
    void rejectsAnImpossibleArrayLengthAsACorruptModel() {
        byte[] negative = deflate(out -> {
            out.writeInt(MAGIC);
            out.writeInt(1);
            out.writeInt(1);
            out.writeInt(-1);
        });
        byte[] huge = deflate(out -> {
            out.writeInt(MAGIC);
            out.writeInt(1);
            out.writeInt(1);
            out.writeInt(Integer.MAX_VALUE);
        });

        assertThrows(IllegalArgumentException.class, () -> ModelCodec.decode(negative));
        assertThrows(IllegalArgumentException.class, () -> ModelCodec.decode(huge));
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] deflate(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeLongs(DataOutputStream out, long... values) throws IOException {
        out.writeInt(values.length);
        for (long v : values) {
            out.writeLong(v);
        }
    }

    private static void writeInts(DataOutputStream out, int... values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    /** A corrupt stored model is a server fault, not bad input: never an InvalidInputException. */
    private static void assertCorrupt(org.junit.jupiter.api.function.Executable decode) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, decode);
        assertEquals(IllegalArgumentException.class, e.getClass());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("corrupt model: "), e.getMessage());
    }
}
