package com.cartwise.domain.recommend.scoring;

import com.cartwise.domain.recommend.AllCores;
import java.util.Arrays;

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
        ThreadLocal<Buffers> buffers = ThreadLocal.withInitial(() -> new Buffers(variants));
        AllCores.forEach(variants, AllCores.ROWS, a -> {
            Buffers b = buffers.get();
            int count = weigher.weigh(a, b.neighbours, b.weights);
            int kept = keepBest(b, count, maxNeighbours);
            rowNeighbours[a] = Arrays.copyOf(b.neighbours, kept);
            rowWeights[a] = Arrays.copyOf(b.weights, kept);
        });
        return fromRows(rowNeighbours, rowWeights);
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
