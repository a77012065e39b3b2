package com.cartwise.application.port;

import com.cartwise.application.shopify.InstallState;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.Optional;

/** The OAuth installs under way: each state nonce is used once, before it expires. */
public interface InstallStates {

    void remember(InstallState state);

    /** The state, removed so that it cannot serve twice; empty when unknown, used or expired at {@code now}. */
    Optional<InstallState> take(ShopId shop, String nonce, Instant now);
}
