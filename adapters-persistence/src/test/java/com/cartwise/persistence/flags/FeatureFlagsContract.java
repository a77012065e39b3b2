package com.cartwise.persistence.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.flags.FlagChange;
import com.cartwise.application.flags.StoredFlags;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.Fixtures;
import com.cartwise.persistence.testing.Ports;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@code FeatureFlags} does, the in-memory one and PostgreSQL's alike. The store takes
 * any name (the catalogue is the use case's to check), so each test uses names of its own: global
 * values are shared by every test on one database.
 */
abstract class FeatureFlagsContract {
    private static final Instant T1 = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-26T10:05:00Z");

    protected abstract Ports ports();

    private static String freshName() {
        return "test.f" + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void aGlobalValueAndAShopsValueAreLoadedApartAndChainedInTheAuditTrail() {
        ShopId shop = Fixtures.newShop(ports().shops(), "EUR");
        String name = freshName();

        FlagChange first = ports().featureFlags().set(Optional.empty(), name, Optional.of("0.02"), "alice", T1);
        FlagChange second = ports().featureFlags().set(Optional.of(shop), name, Optional.of("0.05"), "bob", T1);
        FlagChange third = ports().featureFlags().set(Optional.empty(), name, Optional.of("0.03"), "carol", T2);

        StoredFlags stored = ports().featureFlags().load();
        assertEquals(Optional.of("0.03"), stored.global(name));
        assertEquals(Optional.of("0.05"), stored.of(shop, name));
        assertEquals(new FlagChange(first.id(), Optional.empty(), name, Optional.empty(), Optional.of("0.02"), "alice", T1), first);
        assertEquals(Optional.of("0.02"), third.oldValue());
        assertEquals(Optional.empty(), second.oldValue(), "the shop had no value of its own");
        assertTrue(first.id() < second.id() && second.id() < third.id());
    }

    @Test
    void removingAValueLeavesNoneAndRecordsTheRemoval() {
        ShopId shop = Fixtures.newShop(ports().shops(), "EUR");
        String name = freshName();
        ports().featureFlags().set(Optional.of(shop), name, Optional.of("true"), "alice", T1);

        FlagChange removal = ports().featureFlags().set(Optional.of(shop), name, Optional.empty(), "bob", T2);

        assertEquals(Optional.empty(), ports().featureFlags().load().of(shop, name));
        assertEquals(Optional.of("true"), removal.oldValue());
        assertEquals(Optional.empty(), removal.newValue());
    }

    @Test
    void theTrailIsReadNewestFirstAPageAtATime() {
        String name = freshName();
        FlagChange a = ports().featureFlags().set(Optional.empty(), name, Optional.of("a"), "ops", T1);
        FlagChange b = ports().featureFlags().set(Optional.empty(), name, Optional.of("b"), "ops", T1);
        FlagChange c = ports().featureFlags().set(Optional.empty(), name, Optional.of("c"), "ops", T2);

        List<FlagChange> newest = ports().featureFlags().changes(2, OptionalLong.empty());
        List<FlagChange> older = ports().featureFlags().changes(2, OptionalLong.of(b.id()));

        assertEquals(List.of(c, b), newest);
        assertEquals(a, older.getFirst());
        ports().featureFlags().set(Optional.empty(), name, Optional.empty(), "ops", T2);
    }
}
