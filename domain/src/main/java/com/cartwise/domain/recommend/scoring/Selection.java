package com.cartwise.domain.recommend.scoring;

/** Quickselect on a double array: the k-th largest value in linear expected time. */
public final class Selection {
    private Selection() {
    }

    /** The {@code k}-th largest (1-based) of {@code values[0..length)}; reorders the array. */
    public static double kthLargest(double[] values, int length, int k) {
        int lo = 0;
        int hi = length - 1;
        int target = k - 1;
        while (lo < hi) {
            double pivot = values[lo + (hi - lo) / 2];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] > pivot) {
                    i++;
                }
                while (values[j] < pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = values[i];
                    values[i++] = values[j];
                    values[j--] = t;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                return values[target];
            }
        }
        return values[target];
    }
}
