package com.cartwise.bootstrap.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The options a product of a line comes in: up to three dimensions (size, colour ...) whose
 * cartesian product gives the variants. The first dimension may scale the price, as a 1 kg bag
 * of coffee costs more than a 250 g one while a long ski costs the same as a short one.
 */
record OptionScheme(List<List<String>> dimensions, List<Double> firstDimensionPriceFactors) {

    static final OptionScheme NONE = new OptionScheme(List.of(), List.of());

    OptionScheme {
        dimensions = List.copyOf(dimensions);
        firstDimensionPriceFactors = List.copyOf(firstDimensionPriceFactors);
        if (!firstDimensionPriceFactors.isEmpty() && firstDimensionPriceFactors.size() != dimensions.getFirst().size()) {
            throw new IllegalArgumentException("one price factor per value of the first dimension");
        }
    }

    static OptionScheme of(String... values) {
        return new OptionScheme(List.of(List.of(values)), List.of());
    }

    static OptionScheme of(List<String> first, List<String> second) {
        return new OptionScheme(List.of(first, second), List.of());
    }

    static OptionScheme priced(List<String> values, List<Double> factors) {
        return new OptionScheme(List.of(values), factors);
    }

    /** Every combination of option values, first dimension slowest: S / Black, S / Petrol, M / Black ... */
    List<List<String>> combinations() {
        List<List<String>> result = new ArrayList<>();
        result.add(List.of());
        for (List<String> dimension : dimensions) {
            List<List<String>> longer = new ArrayList<>();
            for (List<String> prefix : result) {
                for (String value : dimension) {
                    List<String> combination = new ArrayList<>(prefix);
                    combination.add(value);
                    longer.add(List.copyOf(combination));
                }
            }
            result = longer;
        }
        return result;
    }

    double priceFactor(List<String> combination) {
        if (firstDimensionPriceFactors.isEmpty()) {
            return 1.0;
        }
        return firstDimensionPriceFactors.get(dimensions.getFirst().indexOf(combination.getFirst()));
    }
}
