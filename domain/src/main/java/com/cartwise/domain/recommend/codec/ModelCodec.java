package com.cartwise.domain.recommend.codec;

import com.cartwise.domain.recommend.CoOccurrenceModel;
import com.cartwise.domain.recommend.DecayedCounts;
import com.cartwise.domain.recommend.Metric;
import com.cartwise.domain.recommend.WeightedCounts;
import com.cartwise.domain.recommend.learning.LearnedModel;
import com.cartwise.domain.recommend.learning.Tunables;
import com.cartwise.domain.recommend.scoring.CountFormula;
import com.cartwise.domain.recommend.scoring.CountScore;
import com.cartwise.domain.recommend.scoring.Ease;
import com.cartwise.domain.recommend.scoring.NeighbourTable;
import com.cartwise.domain.recommend.scoring.Scorer;
import com.cartwise.domain.recommend.scoring.ScorerInputs;
import com.cartwise.domain.recommend.scoring.TrainingCounts;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The stored form of a {@link LearnedModel}: a versioned, deflated binary layout of its arrays, so
 * that a model survives a restart byte for byte and loads without re-counting orders or solving
 * anything again. Format 1 (counts only, before scorers had tables) still loads: its table is
 * weighed from the counts under the metric its row names.
 */
public final class ModelCodec {
    private static final int MAGIC = 0x43574D31; // "CWM1"
    private static final int COUNTS_ONLY = 1;
    private static final int FORMAT = 2;
    private static final int HAS_AFTER = 1;
    private static final int HAS_BY_SIZE = 2;
    private static final int HAS_DECAYED = 4;
    private static final int BUFFER = 1 << 16;
    /** Guards against a corrupt length asking for gigabytes before a single value is read. */
    private static final int MAX_ARRAY = 1 << 28;

    private ModelCodec() {
    }

    public static byte[] encode(LearnedModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // the fastest level: a model of a million orders is stored after each update, and its arrays compress well anyway
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new DeflaterOutputStream(bytes, deflater), BUFFER))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            writeCounts(out, model.counts());
            out.writeUTF(model.scorer().wireName());
            out.writeInt(model.scorer().score() instanceof Ease ease ? ease.maxVariants() : 0);
            out.writeInt(model.neighbours());
            NeighbourTable table = model.table();
            writeInts(out, table.rowStartArray());
            writeInts(out, table.neighboursArray());
            writeDoubles(out, table.weightsArray());
            ScorerInputs inputs = model.inputs();
            out.writeByte((inputs.after().isPresent() ? HAS_AFTER : 0) | (inputs.bySize().isPresent() ? HAS_BY_SIZE : 0)
                    | (inputs.decayed().isPresent() ? HAS_DECAYED : 0));
            if (inputs.after().isPresent()) {
                writeInts(out, inputs.after().get());
            }
            if (inputs.bySize().isPresent()) {
                writeWeighted(out, inputs.bySize().get());
            }
            if (inputs.decayed().isPresent()) {
                DecayedCounts d = inputs.decayed().get();
                out.writeDouble(d.halfLifeDays());
                out.writeLong(d.referenceEpochSecond());
                writeWeighted(out, d.counts());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /** @param rowMetric the metric the stored row names, which a format-1 payload ranks by (with the default neighbours) */
    public static LearnedModel decode(byte[] stored, String rowMetric) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new InflaterInputStream(new ByteArrayInputStream(stored)),
                BUFFER))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("corrupt model: not a Cartwise model");
            }
            int format = in.readInt();
            if (format == COUNTS_ONLY) {
                CoOccurrenceModel counts = readCounts(in);
                CountFormula formula = CountFormula.valueOf(Metric.fromWireName(rowMetric).name());
                return LearnedModel.build(TrainingCounts.restored(counts, ScorerInputs.NONE), Scorer.summing(CountScore.of(formula)),
                        Tunables.DEFAULT_NEIGHBOURS);
            }
            if (format != FORMAT) {
                throw new IllegalArgumentException("corrupt model: unknown format " + format);
            }
            CoOccurrenceModel counts = readCounts(in);
            String scorerName = in.readUTF();
            Scorer scorer = Scorer.fromWireName(scorerName, Math.max(1, in.readInt()));
            int storedNeighbours = in.readInt();
            NeighbourTable table = NeighbourTable.fromParts(readInts(in), readInts(in), readDoubles(in));
            int flags = in.readByte();
            Optional<int[]> after = (flags & HAS_AFTER) != 0 ? Optional.of(readInts(in)) : Optional.empty();
            Optional<WeightedCounts> bySize = (flags & HAS_BY_SIZE) != 0 ? Optional.of(readWeighted(in)) : Optional.empty();
            Optional<DecayedCounts> decayed = Optional.empty();
            if ((flags & HAS_DECAYED) != 0) {
                decayed = Optional.of(new DecayedCounts(in.readDouble(), in.readLong(), readWeighted(in)));
            }
            return new LearnedModel(counts, scorer, storedNeighbours, table, consistent(counts, new ScorerInputs(after, bySize, decayed)));
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt model", e);
        }
    }

    private static ScorerInputs consistent(CoOccurrenceModel counts, ScorerInputs inputs) {
        int entries = counts.pairEntries();
        boolean ok = inputs.after().map(a -> a.length == entries).orElse(true)
                && inputs.bySize().map(w -> w.pairs().length == entries && w.items().length == counts.variants()).orElse(true)
                && inputs.decayed().map(d -> d.counts().pairs().length == entries && d.counts().items().length == counts.variants())
                        .orElse(true);
        if (!ok) {
            throw new IllegalArgumentException("corrupt model: extra counts do not match the pair counts");
        }
        return inputs;
    }

    private static void writeCounts(DataOutputStream out, CoOccurrenceModel counts) throws IOException {
        out.writeInt(counts.orders());
        int n = counts.variants();
        long[] ids = new long[n];
        int[] orderCounts = new int[n];
        int[] rowStart = new int[n + 1];
        for (int a = 0; a < n; a++) {
            ids[a] = counts.variantId(a);
            orderCounts[a] = counts.orderCount(a);
            rowStart[a + 1] = counts.rowEnd(a);
        }
        int[] neighbours = new int[counts.pairEntries()];
        int[] together = new int[counts.pairEntries()];
        for (int i = 0; i < neighbours.length; i++) {
            neighbours[i] = counts.neighbourAt(i);
            together[i] = counts.togetherAt(i);
        }
        writeLongs(out, ids);
        writeInts(out, orderCounts);
        writeInts(out, rowStart);
        writeInts(out, neighbours);
        writeInts(out, together);
    }

    private static CoOccurrenceModel readCounts(DataInputStream in) throws IOException {
        int orders = in.readInt();
        return CoOccurrenceModel.fromParts(orders, readLongs(in), readInts(in), readInts(in), readInts(in), readInts(in));
    }

    private static void writeWeighted(DataOutputStream out, WeightedCounts w) throws IOException {
        out.writeDouble(w.total());
        writeDoubles(out, w.items());
        writeDoubles(out, w.pairs());
    }

    private static WeightedCounts readWeighted(DataInputStream in) throws IOException {
        return new WeightedCounts(in.readDouble(), readDoubles(in), readDoubles(in));
    }

    private static void writeLongs(DataOutputStream out, long[] values) throws IOException {
        out.writeInt(values.length);
        for (long v : values) {
            out.writeLong(v);
        }
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    private static int readLength(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_ARRAY) {
            throw new IllegalArgumentException("corrupt model: array length " + length);
        }
        return length;
    }

    private static long[] readLongs(DataInputStream in) throws IOException {
        long[] values = new long[readLength(in)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readLong();
        }
        return values;
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[readLength(in)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    private static double[] readDoubles(DataInputStream in) throws IOException {
        double[] values = new double[readLength(in)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readDouble();
        }
        return values;
    }
}
