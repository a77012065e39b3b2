package com.cartwise.application.flags.admin;

import com.cartwise.application.flags.FlagChange;

import com.cartwise.application.port.FeatureFlags;
import com.cartwise.domain.InvalidInputException;
import java.util.List;
import java.util.OptionalLong;

/** The flags' audit trail, newest first, a page at a time. */
public final class ListFlagChanges {
    public static final int MAX_LIMIT = 500;

    private final FeatureFlags store;

    public ListFlagChanges(FeatureFlags store) {
        this.store = store;
    }

    /** @param before the id of the last change of the previous page, when there was one */
    public List<FlagChange> execute(int limit, OptionalLong before) {
        InvalidInputException.require(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT + ", but was "
                + limit);
        return store.changes(limit, before);
    }
}
