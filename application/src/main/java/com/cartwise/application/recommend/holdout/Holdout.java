package com.cartwise.application.recommend.holdout;

import com.cartwise.domain.analytics.experiment.Arm;
import com.cartwise.domain.analytics.experiment.HoldoutSplit;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.recommend.serving.ProductReference;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Optional;

/**
 * A shop's holdout as its flags set it: the share of carts sent to the control arm and what that
 * arm is answered with. A share of 0 is no holdout: every answer is {@link Arm#NONE}, at the cost
 * of one comparison.
 */
public record Holdout(double share, ControlArm control) {
    public static final Holdout OFF = new Holdout(0, ControlArm.POPULARITY);

    public Holdout {
        if (!(share >= 0 && share <= HoldoutSplit.MAX_SHARE) || control == null) {
            throw new IllegalArgumentException("a holdout's share is in [0, 1], and it has a control arm: " + share);
        }
    }

    public boolean on() {
        return share > 0;
    }

    /**
     * The arm of a cart: by its session when the till sent one (the same arm however the cart
     * grows), else by its variant keys (a cart whose items change may change arm).
     */
    public Arm armOfCart(ShopId shop, Optional<String> sessionId, List<VariantKey> items) {
        if (!on()) {
            return Arm.NONE;
        }
        HoldoutSplit split = split(shop);
        return sessionId.isPresent() ? split.armOfSession(sessionId.get()) : split.armOf(HoldoutSplit.keyOf(sessionId, items));
    }

    /** The arm of a product page's request: by its session when given, else by the product it names. */
    public Arm armOfProduct(ShopId shop, Optional<String> sessionId, ProductReference product) {
        if (!on()) {
            return Arm.NONE;
        }
        HoldoutSplit split = split(shop);
        if (sessionId.isPresent()) {
            return split.armOfSession(sessionId.get());
        }
        return switch (product) {
            case ProductReference.OfProduct p -> split.armOf("product:" + p.handle());
            case ProductReference.OfVariant v -> split.armOf(HoldoutSplit.keyOf(Optional.empty(), List.of(v.variant())));
        };
    }

    /**
     * Salted by the shop: the same session falls independently in two shops' holdouts, and the same
     * way on every replica. A larger share keeps every cart that was in control there (a cart is
     * in control when its hash falls below the share).
     */
    private HoldoutSplit split(ShopId shop) {
        return new HoldoutSplit(shop.value(), share);
    }
}
