package com.cartwise.domain.bundles.explanation;

import com.cartwise.domain.pricing.Offer;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** Numbers and lists as merchants read them, the same in every locale: "4.2×", "350.20 EUR", "Ski, Wax and Poles". */
public final class Wording {
    private Wording() {
    }

    public static String times(double factor) {
        return String.format(Locale.ROOT, "%.1f×", factor);
    }

    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    public static String money(BigDecimal amount, Currency currency) {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    public static String list(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    public static String days(double days) {
        long rounded = Math.round(days);
        return rounded == 1 ? "1 day" : rounded + " days";
    }

    /** "15% off", "any 2 at 15% off", "2 at 10% off, 3 at 15% off", "second at 60% off", "second free". */
    public static String offer(Offer offer) {
        return switch (offer) {
            case Offer.PercentOff p -> p.rate().percentText() + "% off";
            case Offer.PickAny p -> "any " + p.picks() + " at " + p.rate().percentText() + "% off";
            case Offer.QuantityBreaks q -> String.join(", ", q.tiers().stream().map(t -> t.quantity() + " at " + t.rate().percentText() + "% off")
                    .toList());
            case Offer.BuyOneGetOne b -> b.getDiscount().percentText().equals("100") ? "second free"
                    : "second at " + b.getDiscount().percentText() + "% off";
        };
    }
}
