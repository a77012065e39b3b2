package com.cartwise.domain.recommend.scoring;

import com.cartwise.domain.recommend.AllCores;
import com.cartwise.domain.recommend.CountsMerge;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Each variant's strongest neighbours under one scorer, at most {@code maxNeighbours} per
 * variant, with their weights: the pruned item-item matrix that serving and evaluation add up
 * over a cart. Pruning bounds both the memory of a model and the work of a request, whatever the
 * best seller's number of co-purchases (item-based kNN, Sarwar et al. 2001). Rows list neighbours
 * in ascending index order. Immutable.
 */
public final class NeighbourTable {
    private final int[] rowStart;
    private final int[] neighbours;
    private final double[] weights;

    private NeighbourTable(int[] rowStart, int[] neighbours, double[] weights) {
        this.rowStart = rowStart;
        this.neighbours = neighbours;
        this.weights = weights;
    }

    /** Weighs every row and keeps its best {@code maxNeighbours} (ties to the lower index). */
    public static NeighbourTable build(int variants, RowWeigher weigher, int maxNeighbours) {
        if (maxNeighbours < 1) {
            throw new IllegalArgumentException("maxNeighbours must be at least 1, but was " + maxNeighbours);
        }
        int[][] rowNeighbours = new int[variants][];
        double[][] rowWeights = new double[variants][];
        weighRows(variants, a -> a, variants, weigher, maxNeighbours, rowNeighbours, rowWeights);
        return fromRows(rowNeighbours, rowWeights);
    }

    /** Weighs the rows {@code row(0..count-1)} on all cores, each into its slot of the two arrays. */
    private static void weighRows(int count, IntUnaryOperator row, int variants, RowWeigher weigher, int maxNeighbours,
                                  int[][] rowNeighbours, double[][] rowWeights) {
        ThreadLocal<Buffers> buffers = ThreadLocal.withInitial(() -> new Buffers(variants));
        AllCores.forEach(count, AllCores.ROWS, k -> {
            int a = row.applyAsInt(k);
            Buffers b = buffers.get();
            int kept = keepBest(b, weigher.weigh(a, b.neighbours, b.weights), maxNeighbours);
            rowNeighbours[a] = Arrays.copyOf(b.neighbours, kept);
            rowWeights[a] = Arrays.copyOf(b.weights, kept);
        });
    }

    /**
     * This table once orders were added to its counts, for a score that weighs pairs locally
     * ({@link PairScore#weighsPairsLocally()}): the rows of the variants the added orders hold,
     * and the rows that kept one of those as a neighbour, are weighed again from the summed counts;
     * every other row is kept, its neighbours renumbered into the summed counts' variants. The
     * result is the table {@link #build} would weigh from the summed counts: a kept row's entries
     * read counts that did not change, and an added variant it did not keep only lost weight.
     *
     * @param variants the summed counts' variants
     * @param oldIndex for each of this table's variants, its index among them (ascending, as a
     *                 merge of the counts' variant ids gives)
     * @param added the indices among them of every variant the added orders hold
     */
    public NeighbourTable reweighed(int variants, int[] oldIndex, int[] added, RowWeigher weigher, int maxNeighbours) {
        if (oldIndex.length != variants()) {
            throw new IllegalArgumentException("the renumbering covers " + oldIndex.length + " variants, the table " + variants());
        }
        boolean[] isAdded = new boolean[variants];
        for (int v : added) {
            isAdded[v] = true;
        }
        int[] fromOld = CountsMerge.sourceOf(oldIndex, variants);
        boolean[] weigh = new boolean[variants];
        int toWeigh = 0;
        for (int v = 0; v < variants; v++) {
            int a = fromOld[v];
            boolean again = a < 0 || isAdded[v] || keepsAny(a, oldIndex, isAdded);
            weigh[v] = again;
            toWeigh += again ? 1 : 0;
        }
        int[] rows = new int[toWeigh];
        for (int v = 0, k = 0; v < variants; v++) {
            if (weigh[v]) {
                rows[k++] = v;
            }
        }
        int[][] rowNeighbours = new int[variants][];
        double[][] rowWeights = new double[variants][];
        weighRows(rows.length, k -> rows[k], variants, weigher, maxNeighbours, rowNeighbours, rowWeights);
        int[] start = new int[variants + 1];
        for (int v = 0; v < variants; v++) {
            start[v + 1] = start[v] + (weigh[v] ? rowNeighbours[v].length : rowStart[fromOld[v] + 1] - rowStart[fromOld[v]]);
        }
        int[] newNeighbours = new int[start[variants]];
        double[] newWeights = new double[start[variants]];
        AllCores.forEach(variants, AllCores.ROWS, v -> {
            if (weigh[v]) {
                System.arraycopy(rowNeighbours[v], 0, newNeighbours, start[v], rowNeighbours[v].length);
                System.arraycopy(rowWeights[v], 0, newWeights, start[v], rowWeights[v].length);
                return;
            }
            int from = rowStart[fromOld[v]];
            int length = rowStart[fromOld[v] + 1] - from;
            for (int i = 0; i < length; i++) {
                newNeighbours[start[v] + i] = oldIndex[neighbours[from + i]];
            }
            System.arraycopy(weights, from, newWeights, start[v], length);
        });
        return new NeighbourTable(start, newNeighbours, newWeights);
    }

    private boolean keepsAny(int a, int[] oldIndex, boolean[] isAdded) {
        for (int i = rowStart[a]; i < rowStart[a + 1]; i++) {
            if (isAdded[oldIndex[neighbours[i]]]) {
                return true;
            }
        }
        return false;
    }

    /** Rebuilds a table from its parts, as a stored model keeps them; rejects inconsistent parts. */
    public static NeighbourTable fromParts(int[] rowStart, int[] neighbours, double[] weights) {
        int n = rowStart.length - 1;
        boolean consistent = n >= 0 && rowStart[0] == 0 && rowStart[n] == neighbours.length && neighbours.length == weights.length;
        for (int a = 0; consistent && a < n; a++) {
            consistent = rowStart[a] <= rowStart[a + 1];
            for (int i = rowStart[a]; consistent && i < rowStart[a + 1]; i++) {
                consistent = neighbours[i] >= 0 && neighbours[i] < n && neighbours[i] != a
                        && (i == rowStart[a] || neighbours[i - 1] < neighbours[i]) && weights[i] > 0;
            }
        }
        if (!consistent) {
            throw new IllegalArgumentException("corrupt model: inconsistent neighbour table");
        }
        return new NeighbourTable(rowStart, neighbours, weights);
    }

    public int variants() {
        return rowStart.length - 1;
    }

    public int rowStart(int a) {
        return rowStart[a];
    }

    public int rowEnd(int a) {
        return rowStart[a + 1];
    }

    public int neighbourAt(int entry) {
        return neighbours[entry];
    }

    public double weightAt(int entry) {
        return weights[entry];
    }

    /** The weight of b as a neighbour of a, or 0 when it is not one of a's kept neighbours. */
    public double weight(int a, int b) {
        int i = Arrays.binarySearch(neighbours, rowStart[a], rowStart[a + 1], b);
        return i >= 0 ? weights[i] : 0;
    }

    public int entries() {
        return neighbours.length;
    }

    /** Memory held by the arrays. */
    public long bytes() {
        return 4L * rowStart.length + 4L * neighbours.length + 8L * weights.length;
    }

    // Views for the codec: not copies, never to be changed.
    public int[] rowStartArray() {
        return rowStart;
    }

    public int[] neighboursArray() {
        return neighbours;
    }

    public double[] weightsArray() {
        return weights;
    }

    private static NeighbourTable fromRows(int[][] rowNeighbours, double[][] rowWeights) {
        int n = rowNeighbours.length;
        int[] start = new int[n + 1];
        for (int a = 0; a < n; a++) {
            start[a + 1] = start[a] + rowNeighbours[a].length;
        }
        int[] neighbours = new int[start[n]];
        double[] weights = new double[start[n]];
        for (int a = 0; a < n; a++) {
            System.arraycopy(rowNeighbours[a], 0, neighbours, start[a], rowNeighbours[a].length);
            System.arraycopy(rowWeights[a], 0, weights, start[a], rowWeights[a].length);
        }
        return new NeighbourTable(start, neighbours, weights);
    }

    /**
     * Compacts the row to its positive weights and, beyond {@code max} of them, to the best
     * {@code max}: those above the max-th best weight, then those equal to it by ascending index.
     * Selection, not sorting: linear in the row.
     */
    private static int keepBest(Buffers b, int count, int max) {
        int positive = 0;
        for (int i = 0; i < count; i++) {
            if (b.weights[i] > 0) {
                b.neighbours[positive] = b.neighbours[i];
                b.weights[positive++] = b.weights[i];
            }
        }
        if (positive <= max) {
            return positive;
        }
        System.arraycopy(b.weights, 0, b.selection, 0, positive);
        double threshold = Selection.kthLargest(b.selection, positive, max);
        int above = 0;
        for (int i = 0; i < positive; i++) {
            above += b.weights[i] > threshold ? 1 : 0;
        }
        int equalSlots = max - above;
        int kept = 0;
        for (int i = 0; i < positive; i++) {
            double w = b.weights[i];
            if (w > threshold || (w == threshold && equalSlots-- > 0)) {
                b.neighbours[kept] = b.neighbours[i];
                b.weights[kept++] = w;
            }
        }
        return kept;
    }

    private static final class Buffers {
        final int[] neighbours;
        final double[] weights;
        final double[] selection;

        Buffers(int n) {
            neighbours = new int[n];
            weights = new double[n];
            selection = new double[n];
        }
    }
}
