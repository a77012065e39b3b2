package com.cartwise.domain.recommend.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DenseInverseTest {

    @Test
    void invertsATwoByTwoMatrixExactly() {
        // [[4,2],[2,3]]^-1 = [[3,-2],[-2,4]] / 8
        double[] inverse = DenseInverse.invertSymmetricPositiveDefinite(new double[] {4, 2, 2, 3}, 2);

        assertArrayEquals(new double[] {3.0 / 8, -2.0 / 8, -2.0 / 8, 4.0 / 8}, inverse, 1e-15);
    }

    @Test
    void aRandomGramMatrixTimesItsInverseIsTheIdentity() {
        int n = 40;
        Random random = new Random(7);
        double[] x = new double[60 * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextDouble() < 0.2 ? 1 : 0;
        }
        double[] gram = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int r = 0; r < 60; r++) {
                    gram[i * n + j] += x[r * n + i] * x[r * n + j];
                }
            }
            gram[i * n + i] += 1;
        }
        double[] original = gram.clone();

        double[] inverse = DenseInverse.invertSymmetricPositiveDefinite(gram, n);

        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double product = 0;
                for (int k = 0; k < n; k++) {
                    product += original[i * n + k] * inverse[k * n + j];
                }
                assertEquals(i == j ? 1 : 0, product, 1e-9, i + "," + j);
            }
        }
    }

    @Test
    void refusesAMatrixThatIsNotPositiveDefinite() {
        assertThrows(IllegalArgumentException.class, () -> DenseInverse.invertSymmetricPositiveDefinite(new double[] {1, 2, 2, 1}, 2));
    }
}
