package com.cartwise.domain.recommend.scoring;

import java.util.stream.IntStream;

/**
 * The inverse of a dense symmetric positive definite matrix by Gauss-Jordan elimination in place,
 * row-major in one double[]. No pivoting is needed: every pivot of such a matrix is positive.
 * n^3 multiply-adds, rows updated on all cores; hand-written because the domain uses only the JDK.
 */
final class DenseInverse {
    private DenseInverse() {
    }

    /** Inverts {@code a} (n x n, row-major) in place and returns it. */
    static double[] invertSymmetricPositiveDefinite(double[] a, int n) {
        for (int k = 0; k < n; k++) {
            double pivot = a[k * n + k];
            if (!(pivot > 0)) {
                throw new IllegalArgumentException("matrix is not positive definite (pivot " + pivot + " at " + k + ")");
            }
            double inverse = 1 / pivot;
            int pivotRow = k * n;
            int column = k;
            IntStream.range(0, n).parallel().forEach(i -> {
                if (i == column) {
                    return;
                }
                int row = i * n;
                double f = a[row + column] * inverse;
                if (f != 0) {
                    for (int j = 0; j < n; j++) {
                        a[row + j] -= f * a[pivotRow + j];
                    }
                }
                a[row + column] = -f;
            });
            for (int j = 0; j < n; j++) {
                a[pivotRow + j] *= inverse;
            }
            a[pivotRow + k] = inverse;
        }
        return a;
    }
}
