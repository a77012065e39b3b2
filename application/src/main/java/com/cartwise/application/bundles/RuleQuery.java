package com.cartwise.application.bundles;

import com.cartwise.application.paging.PageCursor;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.WireNames;
import com.cartwise.domain.shop.ShopId;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A page of a shop's association rules, strongest first by lift or by confidence (ties by the
 * run's order), optionally only those holding one variant on either side.
 */
public record RuleQuery(ShopId shop, OptionalLong variant, Order order, int limit, Optional<After> after) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public RuleQuery {
        InvalidInputException.require(shop != null, "shop_id", "is required");
        variant = variant == null ? OptionalLong.empty() : variant;
        InvalidInputException.require(variant.isEmpty() || variant.getAsLong() > 0, "variant_id",
                "must be positive, but was " + variant);
        InvalidInputException.require(order != null, "sort", "is required");
        InvalidInputException.require(limit >= 1 && limit <= MAX_LIMIT, "limit",
                "must be between 1 and " + MAX_LIMIT + ", but was " + limit);
        after = after == null ? Optional.empty() : after;
    }

    /** What rules are sorted by, descending. */
    public enum Order {
        LIFT("lift"),
        CONFIDENCE("confidence");

        private final String wireName;

        Order(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        public double of(StoredRule rule) {
            return this == LIFT ? rule.rule().rule().lift() : rule.rule().rule().confidence();
        }

        public static Order fromWireName(String name) {
            return WireNames.parse(values(), Order::wireName, name, "sort", "a rule order");
        }
    }

    /** Where a page ended: the sort value of its last rule and that rule's ordinal. */
    public record After(double value, int ordinal) {
        public static After of(StoredRule last, Order order) {
            return new After(order.of(last), last.ordinal());
        }

        public String text() {
            // The exact bits: a decimal rendering could round the boundary and skip or repeat a rule.
            return PageCursor.encode(Long.toHexString(Double.doubleToLongBits(value)), ordinal);
        }

        public static After parse(String text) {
            return PageCursor.decode(text, 2, parts -> new After(Double.longBitsToDouble(Long.parseUnsignedLong(parts[0], 16)),
                    Integer.parseInt(parts[1])));
        }
    }
}
