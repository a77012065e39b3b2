package com.cartwise.grpc.wire;

import com.cartwise.domain.recommend.Evidence;
import java.nio.charset.StandardCharsets;

/**
 * {@link Evidence#reason()}'s sentence written straight as UTF-8, from the cart item's part kept
 * encoded ("Bought with Ski Wax in ") and the counts: building the sentence as a String and
 * encoding it again was a twelfth of RecommendForCart's server CPU on the million-order shop (JFR
 * under load). AnswerEncoderTest holds the two equal, byte for byte, over random evidence.
 */
final class ReasonBytes {
    private static final byte[] OF = " of ".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ORDER = " order (".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ORDERS = " orders (".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CHANCE = "× chance)".getBytes(StandardCharsets.UTF_8);

    private ReasonBytes() {
    }

    /** The start of a reason naming this cart item, kept with the item's encoded part. */
    static byte[] prefix(String lineName) {
        return ("Bought with " + lineName + " in ").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] of(byte[] prefix, Evidence e) {
        byte[] orders = e.ordersWithCartItem() == 1 ? ORDER : ORDERS;
        String lift = e.liftText();
        int length = prefix.length + digits(e.ordersTogether()) + OF.length + digits(e.ordersWithCartItem()) + orders.length
                + lift.length() + CHANCE.length;
        byte[] out = new byte[length];
        int at = put(out, 0, prefix);
        at = putInt(out, at, e.ordersTogether());
        at = put(out, at, OF);
        at = putInt(out, at, e.ordersWithCartItem());
        at = put(out, at, orders);
        for (int i = 0; i < lift.length(); i++) {
            // "%.1f" of a double: digits, a point, a minus, or "NaN"/"Infinity": ASCII all
            out[at++] = (byte) lift.charAt(i);
        }
        put(out, at, CHANCE);
        return out;
    }

    private static int put(byte[] out, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, out, at, bytes.length);
        return at + bytes.length;
    }

    /** Characters of the decimal form, a minus sign included. */
    static int digits(int value) {
        if (value < 0) {
            return value == Integer.MIN_VALUE ? 11 : 1 + digits(-value);
        }
        int n = 1;
        for (long limit = 10; value >= limit && n < 10; limit *= 10) {
            n++;
        }
        return n;
    }

    private static int putInt(byte[] out, int at, int value) {
        int n = digits(value);
        if (value < 0) {
            byte[] text = Integer.toString(value).getBytes(StandardCharsets.US_ASCII);
            return put(out, at, text);
        }
        for (int i = at + n - 1; i >= at; i--) {
            out[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return at + n;
    }
}
