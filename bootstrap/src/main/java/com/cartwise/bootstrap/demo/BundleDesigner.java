package com.cartwise.bootstrap.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Turns the catalogue's bundle templates into concrete products. Every product plays at most one
 * part, so each designed pair stands on its own in the orders; a complement from the anchor's
 * vendor and model family is preferred, as a shop would sell a Hario dripper with Hario filters.
 */
final class BundleDesigner {
    private BundleDesigner() {
    }

    static List<DesignedBundle> design(List<DemoProduct> products, List<DemoCatalogue.BundleTemplate> templates, Random random) {
        Set<DemoProduct> used = new HashSet<>();
        List<DesignedBundle> bundles = new ArrayList<>();
        for (DemoCatalogue.BundleTemplate template : templates) {
            List<DemoProduct> anchors = unused(products, template.anchorLine(), used, random);
            if (anchors.size() < template.instances()) {
                throw new IllegalStateException("line " + template.anchorLine() + " has too few products for its bundles");
            }
            for (DemoProduct anchor : anchors.subList(0, template.instances())) {
                used.add(anchor);
                List<DemoProduct> complements = new ArrayList<>();
                for (String line : template.complementLines()) {
                    DemoProduct complement = unused(products, line, used, random).stream()
                            .max(Comparator.comparingInt(candidate -> kinship(anchor, candidate)))
                            .orElseThrow(() -> new IllegalStateException("line " + line + " has too few products for its bundles"));
                    used.add(complement);
                    complements.add(complement);
                }
                bundles.add(new DesignedBundle(anchor, complements));
            }
        }
        return List.copyOf(bundles);
    }

    /** The line's products not yet in a bundle, in a random order so that ties fall differently per seed. */
    private static List<DemoProduct> unused(List<DemoProduct> products, String line, Set<DemoProduct> used, Random random) {
        List<DemoProduct> candidates = new ArrayList<>(products.stream()
                .filter(p -> p.line().code().equals(line) && !used.contains(p))
                .toList());
        Collections.shuffle(candidates, random);
        return candidates;
    }

    private static int kinship(DemoProduct anchor, DemoProduct candidate) {
        int score = 0;
        if (anchor.product().vendor().equals(candidate.product().vendor())) {
            score += 2;
        }
        if (family(anchor).equals(family(candidate))) {
            score += 1;
        }
        return score;
    }

    /** The first word of the model name: "Powder" for both the Schöffel Powder Ski Jacket and its pants. */
    private static String family(DemoProduct p) {
        String model = p.product().title().substring(p.product().vendor().length()).strip();
        int space = model.indexOf(' ');
        return space < 0 ? model : model.substring(0, space);
    }
}
