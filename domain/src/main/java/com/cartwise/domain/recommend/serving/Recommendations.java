package com.cartwise.domain.recommend.serving;

import com.cartwise.domain.recommend.Recommendation;
import com.cartwise.domain.recommend.Source;
import java.util.List;

/**
 * The answer to a cart or a product page: the variants to offer, best first, where they come
 * from, and a sentence saying so.
 *
 * @param source {@link Source#CO_PURCHASE} when at least one variant was bought with the cart's
 *               items; {@link Source#POPULARITY} when the answer is best sellers only
 */
public record Recommendations(List<Recommendation> items, Source source, String reason) {
    public Recommendations {
        items = List.copyOf(items);
        if (source == null || reason == null) {
            throw new IllegalArgumentException("recommendations say where they come from");
        }
    }
}
