package com.cartwise.rest.recommend;

import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.domain.catalog.Variant;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.ArrayList;
import java.util.List;

/**
 * The REST twin of the proto's RecommendForCartResponse (and of RecommendForProductResponse, which
 * has the same members), member for member in the proto's snake_case names, so that a POS
 * extension can switch between gRPC and HTTPS without remapping. An absent optional
 * (shopify_variant_id, a best seller's evidence) is written as null; {@code source} is the
 * proto enum's value in lower case without its prefix ({@code co_purchase}, {@code popularity}), and so
 * is {@code arm} ({@code none}, {@code treatment}, {@code control}).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RecommendForCartResponse(long modelVersion, String metric, List<Recommendation> recommendations, String source,
                                       String reason, String recommendationId, String arm) {

    public static RecommendForCartResponse of(RecommendForCart.Result.Recommended result) {
        List<Recommendation> recommendations = new ArrayList<>(result.recommendations().size());
        for (com.cartwise.domain.recommend.Recommendation r : result.recommendations()) {
            recommendations.add(Recommendation.of(r));
        }
        return new RecommendForCartResponse(result.modelVersion(), result.metric().orElse(""), recommendations,
                result.source().wireName(), result.reason(), result.recommendationId().value(), result.arm().wireName());
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Recommendation(VariantKeys variant, String productTitle, String variantTitle, @Nullable Money price,
                                 int inventoryQuantity, boolean inventoryTracked, double score, String reason, @Nullable Evidence evidence,
                                 String source) {

        static Recommendation of(com.cartwise.domain.recommend.Recommendation r) {
            Variant v = r.variant();
            return new Recommendation(VariantKeys.of(v), v.productTitle(), v.variantTitle(),
                    v.priceGiven() ? new Money(v.price().amountText(), v.price().currency().getCurrencyCode()) : null,
                    v.stock().quantity(), v.stock().tracked(), r.score(), r.reason(), r.evidence().map(Evidence::of).orElse(null),
                    r.source().wireName());
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record VariantKeys(long variantId, @Nullable Long shopifyVariantId, String sku, String handle, List<String> optionValues) {

        public static VariantKeys of(Variant v) {
            return new VariantKeys(v.id(), v.shopifyVariantId(), v.sku(), v.handle(), v.optionValues());
        }
    }

    /** @param amount a decimal string, never a float: "112.00" */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Money(String amount, String currencyCode) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Evidence(long withVariantId, String withProductTitle, long ordersTogether, long ordersWithCartItem,
                           long ordersTotal, double lift) {

        static Evidence of(com.cartwise.domain.recommend.Evidence e) {
            return new Evidence(e.with().id(), e.with().productTitle(), e.ordersTogether(), e.ordersWithCartItem(),
                    e.ordersTotal(), e.lift());
        }
    }
}
