package com.cartwise.application.flags.values;

import com.cartwise.application.flags.EffectiveValue;
import com.cartwise.application.flags.Flag;
import com.cartwise.application.flags.StoredFlags;

import com.cartwise.application.port.FeatureFlags;
import com.cartwise.domain.shop.ShopId;
import java.util.Optional;

/**
 * The flags' values as this instance applies them: a snapshot of the store, read again by
 * {@link #refresh} (every few seconds, and at once after a change made here), so that a change
 * made on any replica takes effect on every one without a restart. Reads never touch the database,
 * so the till's requests may ask on their I/O threads.
 */
public final class FlagValues {
    private final FeatureFlags store;
    private volatile StoredFlags snapshot;

    public FlagValues(FeatureFlags store) {
        this.store = store;
    }

    /** Reads every value from the store; the previous snapshot stays in use if this fails. */
    public void refresh() {
        snapshot = store.load();
    }

    /** A shop's value, else the global one, else the flag's default. */
    public EffectiveValue effective(Flag flag, Optional<ShopId> shop) {
        return current().effective(flag, shop);
    }

    public boolean on(Flag flag, ShopId shop) {
        return flag.asBoolean(value(flag, shop));
    }

    public double number(Flag flag, ShopId shop) {
        return flag.asNumber(value(flag, shop));
    }

    /**
     * Every value as this instance applies them now: a new object after each refresh, so that a
     * reader deriving something from the flags (the holdouts) knows when to derive it again.
     */
    public StoredFlags stored() {
        return current();
    }

    public String text(Flag flag, ShopId shop) {
        return value(flag, shop);
    }

    private String value(Flag flag, ShopId shop) {
        return effective(flag, Optional.of(shop)).value();
    }

    private StoredFlags current() {
        StoredFlags now = snapshot;
        if (now == null) {
            // Only before the first scheduled refresh (a test's instance, or a request during start-up).
            refresh();
            now = snapshot;
        }
        return now;
    }
}
