package com.cartwise.rest.bundles;

import com.cartwise.application.bundles.RuleQuery;
import com.cartwise.application.bundles.StoredRule;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.mining.AssociationRule;
import com.cartwise.domain.mining.Conviction;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;
import java.util.Map;

/**
 * An association rule antecedent ⇒ consequent of the shop's latest generation, with its counts
 * (N, n(X ∪ Y), n(X), n(Y)) and measures; {@code conviction} is null when unbounded (confidence 1).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RuleJson(List<RuleItemJson> antecedent, List<RuleItemJson> consequent, int orders, int ordersTogether,
                       int antecedentOrders, int consequentOrders, double support, double confidence, double lift, double leverage,
                       @Nullable Double conviction) {

    static RuleJson of(StoredRule stored, Map<Long, Variant> catalogue) {
        AssociationRule r = stored.rule().rule();
        return new RuleJson(items(stored.rule().antecedent(), catalogue), items(stored.rule().consequent(), catalogue), r.transactions(),
                r.supportCount(), r.antecedentCount(), r.consequentCount(), r.support(), r.confidence(), r.lift(), r.leverage(),
                r.conviction() instanceof Conviction.Finite finite ? finite.value() : null);
    }

    static Page page(List<StoredRule> page, Map<Long, Variant> catalogue, RuleQuery query) {
        return new Page(page.stream().map(r -> of(r, catalogue)).toList(),
                page.size() == query.limit() ? RuleQuery.After.of(page.getLast(), query.order()).text() : null);
    }

    private static List<RuleItemJson> items(List<Long> ids, Map<Long, Variant> catalogue) {
        return ids.stream().map(id -> {
            Variant v = catalogue.get(id);
            return v == null ? new RuleItemJson(id, null, null, null) : new RuleItemJson(id, v.sku(), v.productTitle(), v.variantTitle());
        }).toList();
    }

    /** A variant of a rule; its catalogue fields are null when it was deleted since. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RuleItemJson(long variantId, @Nullable String sku, @Nullable String productTitle, @Nullable String variantTitle) {
    }

    /** A page of rules, strongest first; {@code next_cursor} asks for the next page (null on the last). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Page(List<RuleJson> associationRules, @Nullable String nextCursor) {
    }
}
