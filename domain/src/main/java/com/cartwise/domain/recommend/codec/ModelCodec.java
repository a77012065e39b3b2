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
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The stored form of a {@link LearnedModel}: a versioned binary layout of its counts (small numbers
 * as variable-length integers, a row's ascending neighbours as gaps), the extra counts its scorer
 * reads, and (for EASE, whose solve is costly) its table: a model survives a restart
 * exactly and loads without re-counting orders or solving anything again, and a million-order
 * model is stored quickly after each update. Format 3 writes an extra count's doubles as indices
 * into their distinct values when they repeat ({@link RepeatedValues}); format 2 (every double in
 * full) still loads. Format 1
 * (counts only, before scorers had tables) still loads: its table is weighed from the counts under
 * the metric its row names.
 */
public final class ModelCodec {
    private static final int MAGIC = 0x43574D31; // "CWM1"
    private static final int COUNTS_ONLY = 1;
    /** Format 2 wrote every extra count as a double; it still loads. */
    private static final int PLAIN_DOUBLES = 2;
    private static final int FORMAT = 3;
    private static final int HAS_AFTER = 1;
    private static final int HAS_BY_SIZE = 2;
    private static final int HAS_DECAYED = 4;
    private static final int HAS_TABLE = 8;

    private ModelCodec() {
    }

    public static byte[] encode(LearnedModel model) {
        ByteSink out = new ByteSink();
        out.fixedLong(((long) MAGIC << 32) | FORMAT);
        writeCounts(out, model.counts());
        out.text(model.scorer().wireName());
        out.varLong(model.scorer().score() instanceof Ease ease ? ease.maxVariants() : 0);
        out.varLong(model.neighbours());
        ScorerInputs inputs = model.inputs();
        // A table weighed from counts is weighed again on load, faster than its doubles are stored; EASE's solve is kept.
        boolean withTable = model.scorer().score() instanceof Ease;
        out.varLong((inputs.after().isPresent() ? HAS_AFTER : 0) | (inputs.bySize().isPresent() ? HAS_BY_SIZE : 0)
                | (inputs.decayed().isPresent() ? HAS_DECAYED : 0) | (withTable ? HAS_TABLE : 0));
        if (withTable) {
            NeighbourTable table = model.table();
            out.rows(table.rowStartArray(), table.neighboursArray());
            out.doubles(table.weightsArray());
        }
        inputs.after().ifPresent(out::ints);
        inputs.bySize().ifPresent(w -> writeWeighted(out, w));
        inputs.decayed().ifPresent(d -> {
            out.fixedDouble(d.halfLifeDays());
            out.fixedLong(d.referenceEpochSecond());
            writeWeighted(out, d.counts());
        });
        return out.toArray();
    }

    /** @param rowMetric the metric the stored row names, which a format-1 payload ranks by (with the default neighbours) */
    public static LearnedModel decode(byte[] stored, String rowMetric) {
        byte[] bytes = startsWithMagic(stored) ? stored : inflate(stored);
        ByteSource in = new ByteSource(bytes);
        long header = in.fixedLong();
        if ((int) (header >>> 32) != MAGIC) {
            throw ByteSource.corrupt("not a Cartwise model");
        }
        int format = (int) header;
        if (format == COUNTS_ONLY) {
            CoOccurrenceModel counts = LegacyCounts.read(bytes);
            CountFormula formula = CountFormula.valueOf(Metric.fromWireName(rowMetric).name());
            return LearnedModel.build(TrainingCounts.restored(counts, ScorerInputs.NONE), Scorer.summing(CountScore.of(formula)),
                    Tunables.DEFAULT_NEIGHBOURS);
        }
        if (format != FORMAT && format != PLAIN_DOUBLES) {
            throw ByteSource.corrupt("unknown format " + format);
        }
        CoOccurrenceModel counts = readCounts(in);
        String scorerName = in.text();
        Scorer scorer = Scorer.fromWireName(scorerName, Math.max(1, in.varInt()));
        int neighbours = in.varInt();
        int flags = in.varInt();
        NeighbourTable table = null;
        if ((flags & HAS_TABLE) != 0) {
            int[] tableStart = new int[counts.variants() + 1];
            int[] tableNeighbours = in.rows(tableStart);
            table = NeighbourTable.fromParts(tableStart, tableNeighbours, in.doubles());
        }
        Optional<int[]> after = (flags & HAS_AFTER) != 0 ? Optional.of(in.ints()) : Optional.empty();
        Optional<WeightedCounts> bySize = (flags & HAS_BY_SIZE) != 0 ? Optional.of(readWeighted(in, format)) : Optional.empty();
        Optional<DecayedCounts> decayed = Optional.empty();
        if ((flags & HAS_DECAYED) != 0) {
            decayed = Optional.of(new DecayedCounts(in.fixedDouble(), in.fixedLong(), readWeighted(in, format)));
        }
        if (!in.finished()) {
            throw ByteSource.corrupt("bytes after the end");
        }
        ScorerInputs inputs = consistent(counts, new ScorerInputs(after, bySize, decayed));
        return table != null ? new LearnedModel(counts, scorer, neighbours, table, inputs)
                : LearnedModel.build(TrainingCounts.restored(counts, inputs), scorer, neighbours);
    }

    private static ScorerInputs consistent(CoOccurrenceModel counts, ScorerInputs inputs) {
        int entries = counts.pairEntries();
        boolean ok = inputs.after().map(a -> a.length == entries).orElse(true)
                && inputs.bySize().map(w -> w.pairs().length == entries && w.items().length == counts.variants()).orElse(true)
                && inputs.decayed().map(d -> d.counts().pairs().length == entries && d.counts().items().length == counts.variants())
                        .orElse(true);
        if (!ok) {
            throw ByteSource.corrupt("extra counts do not match the pair counts");
        }
        return inputs;
    }

    private static void writeCounts(ByteSink out, CoOccurrenceModel counts) {
        out.varLong(counts.orders());
        int n = counts.variants();
        out.varLong(n);
        long previous = Long.MIN_VALUE;
        for (int a = 0; a < n; a++) {
            long id = counts.variantId(a);
            // ids ascend: the first in full (it may be negative), then gaps
            if (a == 0) {
                out.fixedLong(id);
            } else {
                out.varLong(id - previous);
            }
            previous = id;
        }
        int[] orderCounts = new int[n];
        int[] rowStart = new int[n + 1];
        for (int a = 0; a < n; a++) {
            orderCounts[a] = counts.orderCount(a);
            rowStart[a + 1] = counts.rowEnd(a);
        }
        int[] neighbours = new int[counts.pairEntries()];
        int[] together = new int[counts.pairEntries()];
        for (int i = 0; i < neighbours.length; i++) {
            neighbours[i] = counts.neighbourAt(i);
            together[i] = counts.togetherAt(i);
        }
        out.ints(orderCounts);
        out.rows(rowStart, neighbours);
        out.ints(together);
    }

    private static CoOccurrenceModel readCounts(ByteSource in) {
        int orders = in.varInt();
        int n = in.length();
        long[] ids = new long[n];
        for (int a = 0; a < n; a++) {
            ids[a] = a == 0 ? in.fixedLong() : ids[a - 1] + in.varLong();
        }
        int[] orderCounts = in.ints();
        int[] rowStart = new int[n + 1];
        int[] neighbours = in.rows(rowStart);
        int[] together = in.ints();
        return CoOccurrenceModel.fromParts(orders, ids, orderCounts, rowStart, neighbours, together);
    }

    private static void writeWeighted(ByteSink out, WeightedCounts w) {
        out.fixedDouble(w.total());
        out.repeatedDoubles(w.items());
        out.repeatedDoubles(w.pairs());
    }

    private static WeightedCounts readWeighted(ByteSource in, int format) {
        double total = in.fixedDouble();
        return format == PLAIN_DOUBLES ? new WeightedCounts(total, in.doubles(), in.doubles())
                : new WeightedCounts(total, in.repeatedDoubles(), in.repeatedDoubles());
    }

    /**
     * Format 3 is stored as written: deflating its 21 MB of variable-length integers took a
     * million-order model 0.41 s for a third off, after every update. Formats 1 and 2 were
     * deflated, and a zlib stream never starts with the magic number's first byte.
     */
    private static boolean startsWithMagic(byte[] stored) {
        return stored.length >= 4 && ByteBuffer.wrap(stored).getInt() == MAGIC;
    }

    private static byte[] inflate(byte[] stored) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(stored);
            ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 3 + 64);
            byte[] chunk = new byte[1 << 16];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw ByteSource.corrupt("the compressed bytes end early");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw ByteSource.corrupt("not deflated bytes (" + e.getMessage() + ")");
        } finally {
            inflater.end();
        }
    }
}
