package com.cartwise.application.bundles.review;

import com.cartwise.application.bundles.BundleRecommendation;
import com.cartwise.application.bundles.Review;
import com.cartwise.application.bundles.ReviewStatus;
import com.cartwise.application.bundles.items.BundleVariants;
import com.cartwise.application.port.BundleRecommendations;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The merchant approves or rejects a proposed bundle, with a note. A decision may be changed
 * later; later generations leave a reviewed bundle as it was reviewed. A bundle with an item
 * without a price cannot be approved (it would go live giving that item away), nor one priced on
 * item prices the catalogue no longer has ({@link ApprovalCheck}).
 */
public final class ReviewBundle {
    private final Shops shops;
    private final BundleRecommendations recommendations;
    private final BundleVariants variants;
    private final Clock clock;

    public ReviewBundle(Shops shops, BundleRecommendations recommendations, BundleVariants variants, Clock clock) {
        this.shops = shops;
        this.recommendations = recommendations;
        this.variants = variants;
        this.clock = clock;
    }

    public record Command(ShopId shop, BundleKey key, ReviewStatus decision, Optional<String> note) {
        public Command {
            InvalidInputException.require(shop != null, "shop_id", "is required");
            InvalidInputException.require(key != null, "bundle_key", "is required");
            InvalidInputException.require(decision == ReviewStatus.APPROVED || decision == ReviewStatus.REJECTED, "decision",
                    "is approved or rejected");
            note = note == null ? Optional.empty() : note;
            // Checked here, so that a note too long is refused before anything is looked up.
            Review.decided(decision, note, Instant.EPOCH);
        }
    }

    public Result execute(Command command) {
        if (shops.find(command.shop()).isEmpty()) {
            return new Result.ShopNotFound(command.shop());
        }
        // An approval reads the bundle's items before deciding; the answer reuses them (a bundle's items never change).
        Optional<Map<Long, Variant>> checked = Optional.empty();
        if (command.decision() == ReviewStatus.APPROVED) {
            Optional<BundleRecommendation> found = recommendations.find(command.shop(), command.key());
            if (found.isPresent()) {
                Map<Long, Variant> items = variants.of(command.shop(), List.of(found.get().candidate().variantIds()));
                Optional<ApprovalCheck.Refusal> refusal = ApprovalCheck.of(found.get(), items);
                if (refusal.isPresent()) {
                    return switch (refusal.get()) {
                        case ApprovalCheck.Refusal.GivesAway givesAway -> new Result.Unpriced(found.get(), givesAway.items());
                        case ApprovalCheck.Refusal.PricesChanged changed -> new Result.PricesChanged(found.get(), changed);
                    };
                }
                checked = Optional.of(items);
            }
        }
        Optional<Map<Long, Variant>> items = checked;
        return recommendations.review(command.shop(), command.key(), Review.decided(command.decision(), command.note(), clock.instant()))
                .<Result>map(r -> new Result.Reviewed(r,
                        items.orElseGet(() -> variants.of(command.shop(), List.of(r.candidate().variantIds())))))
                .orElseGet(() -> new Result.NotFound(command.shop(), command.key()));
    }

    public sealed interface Result {
        record Reviewed(BundleRecommendation recommendation, Map<Long, Variant> variants) implements Result {
        }

        /**
         * Not approved: it would give these items away, which came without a price (a basket or
         * transaction file prices an item it never saw priced at 0); none named when a bundle priced
         * at 0 holds only items the catalogue has lost since. Rejecting it is allowed.
         */
        record Unpriced(BundleRecommendation recommendation, List<Variant> givenAway) implements Result {
            public Unpriced {
                givenAway = List.copyOf(givenAway);
            }
        }

        /** Not approved: priced on item prices the catalogue no longer has; generating again prices it anew unless rejected. Rejecting it is allowed. */
        record PricesChanged(BundleRecommendation recommendation, ApprovalCheck.Refusal.PricesChanged prices) implements Result {
        }

        record NotFound(ShopId shop, BundleKey key) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }
    }
}
