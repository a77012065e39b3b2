package com.cartwise.bootstrap.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * A family of similar products (ski wax, hiking boots ...) from which the demo catalogue draws its
 * products: each product pairs a vendor with a model. A model written "Vendor|Model" exists only
 * for that vendor, since a Bialetti V60 would give the demo away.
 *
 * @param code     SKU prefix, unique per line
 * @param products how many products the catalogue draws, at most the number of vendor-model pairs
 * @param minPrice lowest base price in the shop's currency; equal to maxPrice for a fixed price
 */
record ProductLine(
        String code,
        String category,
        String productType,
        int products,
        int minPrice,
        int maxPrice,
        List<String> vendors,
        List<String> models,
        OptionScheme options,
        Kind kind) {

    /** How a line is stocked and bought. */
    enum Kind {
        /** Tracked stock, usually one per order. */
        GEAR(true, false),
        /** Tracked stock, often bought two or three at a time. */
        CONSUMABLE(true, true),
        /** Roasted or printed when ordered: Shopify does not track its stock. */
        MADE_TO_ORDER(false, true),
        /** Never runs out. */
        GIFT_CARD(false, false);

        final boolean tracked;
        final boolean consumable;

        Kind(boolean tracked, boolean consumable) {
            this.tracked = tracked;
            this.consumable = consumable;
        }
    }

    ProductLine {
        vendors = List.copyOf(vendors);
        models = List.copyOf(models);
        int available = pairsOf(vendors, models).size();
        if (products > available) {
            throw new IllegalArgumentException(code + ": " + products + " products but only " + available + " vendor-model pairs");
        }
    }

    /** Every vendor-model pair the line allows, in a fixed order. */
    List<VendorModel> pairs() {
        return pairsOf(vendors, models);
    }

    private static List<VendorModel> pairsOf(List<String> vendors, List<String> models) {
        List<VendorModel> pairs = new ArrayList<>();
        for (String model : models) {
            int bar = model.indexOf('|');
            if (bar >= 0) {
                pairs.add(new VendorModel(model.substring(0, bar), model.substring(bar + 1)));
            } else {
                vendors.forEach(vendor -> pairs.add(new VendorModel(vendor, model)));
            }
        }
        return pairs;
    }

    record VendorModel(String vendor, String model) {
        String title() {
            return vendor + " " + model;
        }
    }
}
