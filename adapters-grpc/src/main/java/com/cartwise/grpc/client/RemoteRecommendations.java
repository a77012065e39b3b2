package com.cartwise.grpc.client;

import com.cartwise.domain.catalog.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A running Cartwise's answer for a cart.
 *
 * @param modelVersion the shop's model that answered; 0 when it has none yet
 * @param metric what the model ranks by ("lift" ...); empty when the shop has no model yet
 * @param recommendations best first
 * @param bestSellersOnly every recommendation is a best seller: nothing is known to be bought with the cart
 * @param reason where the answer comes from, for staff to read
 */
public record RemoteRecommendations(long modelVersion, String metric, List<RemoteRecommendation> recommendations,
                                    boolean bestSellersOnly, String reason) {

    public RemoteRecommendations {
        recommendations = List.copyOf(recommendations);
    }

    /** The answer as lines for a terminal: a heading, then two lines per recommendation. */
    public List<String> describe() {
        if (modelVersion == 0) {
            return List.of("This shop has no trained model yet, so there is nothing to recommend.");
        }
        List<String> lines = new ArrayList<>();
        lines.add("Model version " + modelVersion + ", ranked by " + metric + ": "
                + (recommendations.isEmpty() ? "nothing to recommend for this cart."
                : recommendations.size() + (recommendations.size() == 1 ? " recommendation" : " recommendations")));
        if (bestSellersOnly && !recommendations.isEmpty()) {
            lines.add(reason);
        }
        for (int i = 0; i < recommendations.size(); i++) {
            RemoteRecommendation r = recommendations.get(i);
            lines.add(String.format(Locale.ROOT, "%2d. %s  (variant %d%s)  %s  %s  score %.3f",
                    i + 1, title(r), r.variantId(), r.sku().isEmpty() ? "" : ", SKU " + r.sku(),
                    r.price().map(p -> p.amount().toPlainString() + " " + p.currency()).orElse("no price"), r.inventoryTracked() ? "inventory " + r.inventoryQuantity()
                            : "inventory not tracked", r.score()));
            lines.add("    " + r.reason());
        }
        return List.copyOf(lines);
    }

    // The same name a Shopify order line gives the variant: no " - Default Title" suffix.
    private static String title(RemoteRecommendation r) {
        return r.variantTitle().isEmpty() ? r.productTitle() : Variant.lineNameOf(r.productTitle(), r.variantTitle());
    }
}
