package com.cartwise.application.port;

import com.cartwise.application.flags.FlagChange;
import com.cartwise.application.flags.StoredFlags;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The flags' values, global and per shop, and the audit trail of their changes. */
public interface FeatureFlags {

    /** Every value set now. */
    StoredFlags load();

    /**
     * Sets (or, with an empty value, removes) one value and records the change, in one
     * transaction: two admins changing one flag at once leave two audit lines whose old and new
     * values chain.
     *
     * @param shop empty for the global value
     * @return the change recorded (its old value is the one replaced)
     */
    FlagChange set(Optional<ShopId> shop, String name, Optional<String> value, String actor, Instant at);

    /** The newest changes first, at most {@code limit}, older than the change {@code before} when given. */
    List<FlagChange> changes(int limit, OptionalLong before);
}
