package com.cartwise.domain.recommend.evaluation;

import com.cartwise.domain.recommend.DenseBaskets;

/**
 * A protocol's cases: which validation order, and which of its items is held out. Orders with
 * fewer than two items are no case. Beyond {@code maxCases}, orders are taken at an even stride
 * across the validation period, so a large shop is judged on a sample of its newest orders that is
 * still spread over all of them.
 */
final class Cases {
    final int[] basket;
    final int[] heldOut;

    private Cases(int[] basket, int[] heldOut) {
        this.basket = basket;
        this.heldOut = heldOut;
    }

    static Cases of(DenseBaskets validation, Protocol protocol, int maxCases) {
        int eligible = 0;
        long total = 0;
        for (int u = 0; u < validation.size(); u++) {
            if (validation.basketSize(u) >= 2) {
                eligible++;
                total += protocol == Protocol.LAST_ITEM ? 1 : validation.basketSize(u);
            }
        }
        // take every order when they fit, else about maxCases / (cases per order) of them
        long wantedOrders = total <= maxCases ? eligible : Math.max(1, (long) Math.floor((double) eligible * maxCases / total));
        int[] chosenOrders = new int[(int) wantedOrders];
        int taken = 0;
        long e = 0;
        for (int u = 0; u < validation.size(); u++) {
            if (validation.basketSize(u) >= 2) {
                // exactly wantedOrders of the eligible orders, evenly spaced
                if ((e + 1) * wantedOrders / eligible > e * wantedOrders / eligible) {
                    chosenOrders[taken++] = u;
                }
                e++;
            }
        }
        int count = 0;
        for (int i = 0; i < taken; i++) {
            count += protocol == Protocol.LAST_ITEM ? 1 : validation.basketSize(chosenOrders[i]);
        }
        int[] basket = new int[count];
        int[] heldOut = new int[count];
        int c = 0;
        for (int i = 0; i < taken; i++) {
            int u = chosenOrders[i];
            int size = validation.basketSize(u);
            for (int p = protocol == Protocol.LAST_ITEM ? size - 1 : 0; p < size; p++) {
                basket[c] = u;
                heldOut[c++] = p;
            }
        }
        return new Cases(basket, heldOut);
    }

    int size() {
        return basket.length;
    }
}
