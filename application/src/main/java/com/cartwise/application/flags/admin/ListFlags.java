package com.cartwise.application.flags.admin;

import com.cartwise.application.flags.Flag;
import com.cartwise.application.flags.FlagCatalogue;
import com.cartwise.application.flags.FlagView;
import com.cartwise.application.flags.StoredFlags;

import com.cartwise.application.port.FeatureFlags;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Optional;

/** The operator looks at the flags: every one globally, or for one shop; read from the store, not this instance's snapshot. */
public final class ListFlags {
    private final Shops shops;
    private final FeatureFlags store;

    public ListFlags(Shops shops, FeatureFlags store) {
        this.shops = shops;
        this.store = store;
    }

    public List<FlagView> global() {
        StoredFlags stored = store.load();
        return FlagCatalogue.ALL.stream().map(flag -> FlagView.of(flag, Optional.empty(), stored)).toList();
    }

    /** Empty for a shop Cartwise does not know. */
    public Optional<List<FlagView>> of(ShopId shop) {
        if (shops.find(shop).isEmpty()) {
            return Optional.empty();
        }
        StoredFlags stored = store.load();
        return Optional.of(FlagCatalogue.ALL.stream().map(flag -> FlagView.of(flag, Optional.of(shop), stored)).toList());
    }

    /**
     * One flag for a shop.
     *
     * @throws com.cartwise.domain.InvalidInputException (field {@code name}) for a flag the catalogue does not declare
     */
    public Optional<FlagView> of(ShopId shop, String name) {
        Flag flag = FlagCatalogue.require(name);
        if (shops.find(shop).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(FlagView.of(flag, Optional.of(shop), store.load()));
    }
}
