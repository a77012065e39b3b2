package com.cartwise.domain.bundles.copy;

import com.cartwise.domain.bundles.explanation.Wording;

/**
 * Copy from fixed templates, the same brief always giving the same words: the writer when no AI
 * writer is configured or it fails. Title by type ("Ski + Ski Wax", "Stock up on Coffee",
 * "Buy Boots, get Socks at 60% off", "Mix & match Skis: any 2 at 15% off"), description from the
 * explanation's first reason and the price, tagline by objective.
 */
public final class TemplateCopyWriter {
    /** The {@link BundleCopy#writer()} of template copy. */
    public static final String NAME = "template";

    public BundleCopy write(CopyBrief brief) {
        return new BundleCopy(title(brief), description(brief), tagline(brief), NAME);
    }

    private static String title(CopyBrief brief) {
        var names = brief.productNames();
        return switch (brief.type()) {
            case FBT -> String.join(" + ", names);
            case VOLUME -> "Stock up on " + names.get(0);
            case BOGO -> names.size() == 1 ? "Buy one " + names.get(0) + ", get the " + brief.offerText()
                    : "Buy " + names.get(0) + ", get " + names.get(1) + brief.offerText().replaceFirst("^second", "");
            case MIX_AND_MATCH -> "Mix & match " + (brief.category().isEmpty() ? "favourites" : brief.category()) + ": " + brief.offerText();
        };
    }

    private static String description(CopyBrief brief) {
        String why = firstReason(brief.explanation());
        String deal = switch (brief.type()) {
            case FBT, BOGO -> "Get " + Wording.list(brief.productNames()) + " for " + brief.priceText() + " instead of " + brief.listPriceText()
                    + " (" + brief.offerText() + ").";
            case VOLUME -> "Buy more " + brief.productNames().get(0) + " and save: " + brief.offerText() + ".";
            case MIX_AND_MATCH -> "Choose " + brief.offerText() + " from " + Wording.list(brief.productNames()) + ", from " + brief.priceText()
                    + ".";
        };
        return why.isEmpty() ? deal : why + ". " + deal;
    }

    private static String tagline(CopyBrief brief) {
        return switch (brief.objective()) {
            case INCREASE_AOV -> "Better together";
            case CLEAR_SLOW_MOVERS -> "While stocks last";
            case SEASONAL_PROMO -> "In season now";
            case NEW_LAUNCH -> "Just launched";
            case CATEGORY_BUNDLE -> "Pick your favourites";
            case GIFT_BOX -> "Ready to gift";
            case SUBSCRIPTION_PUSH -> "Stock up and save";
            case MARGIN_GUARD -> "Made to go together";
        };
    }

    private static String firstReason(String explanation) {
        String first = explanation == null ? "" : explanation.split(";", 2)[0].strip();
        return first.isEmpty() ? "" : Character.toUpperCase(first.charAt(0)) + first.substring(1);
    }
}
