package com.cartwise.domain.recommend.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.DenseBaskets;
import com.cartwise.domain.recommend.learning.LearnedModel;
import com.cartwise.domain.recommend.learning.RecommenderTraining;
import com.cartwise.domain.recommend.scoring.Scorer;
import com.cartwise.domain.recommend.scoring.TrainingCounts;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

class ModelCodecTest {
    private static final int MAGIC = 0x43574D31; // "CWM1"
    private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

    private static List<Basket> orders() {
        Random random = new Random(3);
        List<Basket> orders = new ArrayList<>();
        for (int o = 0; o < 200; o++) {
            orders.add(new Basket(T.plusSeconds(86_400L * o / 5), random.longs(1 + random.nextInt(4), 1, 30).toArray()));
        }
        return orders;
    }

    private static LearnedModel learn(Scorer scorer) {
        return LearnedModel.build(TrainingCounts.learn(DenseBaskets.of(Baskets.of(orders()))), scorer, 20);
    }

    private static LearnedModel decode(byte[] bytes) {
        return ModelCodec.decode(bytes, "co_occurrence");
    }

    @Test
    void aDecodedModelIsTheModelForEveryCandidateScorer() {
        List<Scorer> scorers = new ArrayList<>(RecommenderTraining.standard().candidates());
        scorers.add(RecommenderTraining.standard().scorer("confidence(shrinkage=2,half_life_days=30)+max"));
        for (Scorer scorer : scorers) {
            LearnedModel original = learn(scorer);

            LearnedModel decoded = decode(ModelCodec.encode(original));

            assertEquals(scorer, decoded.scorer());
            assertEquals(original.neighbours(), decoded.neighbours());
            assertArrayEquals(original.table().neighboursArray(), decoded.table().neighboursArray(), scorer.wireName());
            assertArrayEquals(original.table().weightsArray(), decoded.table().weightsArray(), scorer.wireName());
            assertEquals(original.counts().pairs(), decoded.counts().pairs());
            assertEquals(original.inputs().bytes(), decoded.inputs().bytes(), scorer.wireName());
            // and its counts keep growing as the original's would
            Baskets more = Baskets.of(List.of(new Basket(T.plusSeconds(86_400L * 60), 1, 2, 99)));
            assertArrayEquals(original.plus(more).table().weightsArray(), decoded.plus(more).table().weightsArray(), scorer.wireName());
        }
    }

    @Test
    void reEncodingADecodedModelGivesTheSameBytes() {
        byte[] first = ModelCodec.encode(learn(RecommenderTraining.standard().scorer("rp3beta(alpha=1,beta=0.5)")));

        assertArrayEquals(first, ModelCodec.encode(decode(first)));
    }

    @Test
    void aModelStoredBeforeScorersHadTablesLoadsUnderTheMetricItsRowNames() throws IOException {
        // format 1: {10,30} x2, {20,30}: counts only
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(MAGIC);
            out.writeInt(1);
            out.writeInt(3);
            writeLongs(out, 10, 20, 30);
            writeInts(out, 2, 1, 3);
            writeInts(out, 0, 1, 2, 4);
            writeInts(out, 2, 2, 0, 1);
            writeInts(out, 2, 1, 2, 1);
        }

        LearnedModel legacy = ModelCodec.decode(bytes.toByteArray(), "lift");

        assertEquals("lift", legacy.scorer().wireName());
        assertEquals(3, legacy.counts().orders());
        // lift(10 -> 30) = 2 * 3 / (2 * 3) = 1
        assertEquals(1.0, legacy.table().weight(legacy.counts().indexOf(10), legacy.counts().indexOf(30)), 1e-12);
    }

    @Test
    void aModelStoredInFormat2LoadsAsTheModelItWasMadeOf() throws IOException {
        // written by the format-2 encoder (deflated, every extra count a double in full) from these orders
        for (String[] stored : new String[][] {{"model-format-2-rp3beta.b64", "rp3beta(alpha=1,beta=0.5)"},
            {"model-format-2-confidence-decayed.b64", "confidence(shrinkage=2,half_life_days=30)"}}) {
            LearnedModel original = learn(RecommenderTraining.standard().scorer(stored[1]));

            LearnedModel decoded = decode(resource(stored[0]));

            assertEquals(original.scorer(), decoded.scorer());
            assertArrayEquals(original.table().weightsArray(), decoded.table().weightsArray(), stored[1]);
            assertEquals(original.inputs().bytes(), decoded.inputs().bytes(), stored[1]);
            // and stored again in format 3 it is the same model
            assertArrayEquals(ModelCodec.encode(original), ModelCodec.encode(decoded), stored[1]);
        }
    }

    @Test
    void extraCountsThatRepeatAreStoredAsIndicesIntoTheirDistinctValuesBitForBit() {
        double[] walk = new double[10_000];
        for (int i = 0; i < walk.length; i++) {
            walk[i] = i % 7 == 0 ? 1.0 / 3 + 1.0 / 5 : 1.0 / (2 + i % 5);
        }
        walk[17] = -0.0;
        double[] distinct = new double[1_000];
        for (int i = 0; i < distinct.length; i++) {
            distinct[i] = Math.sqrt(i);
        }

        byte[] repeated = written(walk);
        byte[] plain = written(distinct);

        // one byte an index (7 distinct values) plus the values themselves, against eight bytes a value
        assertEquals(true, repeated.length < walk.length + 100, "indexed: " + repeated.length + " bytes");
        assertEquals(true, plain.length >= 8 * distinct.length, "plain: " + plain.length + " bytes");
        assertArrayEquals(walk, new ByteSource(repeated).repeatedDoubles());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(new ByteSource(repeated).repeatedDoubles()[17]));
        assertArrayEquals(distinct, new ByteSource(plain).repeatedDoubles());
    }

    private static byte[] written(double[] values) {
        ByteSink sink = new ByteSink();
        sink.repeatedDoubles(values);
        return sink.toArray();
    }

    private static byte[] resource(String name) throws IOException {
        try (var in = ModelCodecTest.class.getResourceAsStream(name)) {
            return java.util.Base64.getMimeDecoder().decode(in.readAllBytes());
        }
    }

    @Test
    void rejectsBytesThatAreNotAModel() {
        assertThrows(IllegalArgumentException.class, () -> decode("not a model".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> decode(deflated(0x12345678, 2)));
        assertThrows(IllegalArgumentException.class, () -> decode(deflated(MAGIC, 99)));
        assertThrows(IllegalArgumentException.class, () -> decode(deflated(MAGIC, 2)));
        // as format 3 is stored: not deflated
        assertThrows(IllegalArgumentException.class, () -> decode(java.nio.ByteBuffer.allocate(8).putInt(MAGIC).putInt(99).array()));
        assertThrows(IllegalArgumentException.class, () -> decode(java.nio.ByteBuffer.allocate(8).putInt(MAGIC).putInt(3).array()));
        // a real model cut short
        byte[] whole = ModelCodec.encode(learn(RecommenderTraining.standard().scorer("cosine")));
        assertThrows(IllegalArgumentException.class, () -> decode(java.util.Arrays.copyOf(whole, whole.length / 2)));
    }

    private static byte[] deflated(int... ints) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            for (int i : ints) {
                out.writeInt(i);
            }
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
}
