package com.cartwise.domain.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Scores kept to 40 significant bits, as {@code rint(score / unit) * unit} with unit = 2^(exponent - 40) keeps them. */
class SignificantTest {

    private static double byArithmetic(double score) {
        if (score == 0 || !Double.isFinite(score)) {
            return score;
        }
        double unit = Math.scalb(1.0, Math.getExponent(score) - 40);
        return Math.rint(score / unit) * unit;
    }

    private static void assertSame(double score) {
        assertEquals(Double.doubleToRawLongBits(byArithmetic(score)), Double.doubleToRawLongBits(CoOccurrenceModel.significant(score)),
                () -> "score " + score + " (" + Long.toHexString(Double.doubleToRawLongBits(score)) + ")");
    }

    @Test
    void keepsFortySignificantBitsRoundingHalfToEvenAsTheArithmeticDoes() {
        SplittableRandom random = new SplittableRandom(40);
        for (int i = 0; i < 1_000_000; i++) {
            long bits = random.nextLong();
            if (i % 4 == 1) {
                // the dropped bits exactly half: ties, to even either way
                bits = (bits & ~0xFFFL) | 0x800;
            } else if (i % 4 == 2) {
                // a significand of all ones: the rounding carries into the exponent
                bits |= 0x000F_FFFF_FFFF_FFFFL;
            }
            assertSame(Double.longBitsToDouble(bits));
        }
    }

    @Test
    void leavesZeroInfinityAndNaNAndRoundsSubnormalsAndTheLargestDoubles() {
        for (double score : new double[] {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
            Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE, -Double.MAX_VALUE,
            0.1 + 0.2, 0.3, 1.0, 3.854, 1e-300, 1e300}) {
            assertSame(score);
        }
    }
}
