package com.cartwise.persistence.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.access.IssuedKey;
import com.cartwise.application.access.KeyHolder;
import com.cartwise.application.access.KeyId;
import com.cartwise.application.access.KeyMaker;
import com.cartwise.application.access.StoredKey;
import com.cartwise.application.port.ApiKeys;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.Fixtures;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@code ApiKeys} does, the in-memory one and PostgreSQL's alike. */
abstract class ApiKeysContract {
    private static final Instant ISSUED = Instant.parse("2026-01-05T09:00:00Z");
    private final KeyMaker maker = new KeyMaker();

    protected abstract ApiKeys keys();

    protected abstract Shops shops();

    private StoredKey issue(ShopId shop, Instant at) {
        IssuedKey issued = maker.make(new KeyHolder.OneShop(shop), "front till", at);
        keys().add(issued.stored());
        return issued.stored();
    }

    @Test
    void anAddedKeyIsFoundAsItWasAdded() {
        StoredKey key = issue(Fixtures.newShop(shops(), "EUR"), ISSUED);

        assertEquals(Optional.of(key), keys().find(key.id()));
    }

    @Test
    void anUnknownKeyIsNotFound() {
        assertEquals(Optional.empty(), keys().find(KeyId.of("aaaaaaaaaaaaaaaa")));
    }

    @Test
    void aShopsListHoldsItsOwnKeysOldestFirst() {
        ShopId shop = Fixtures.newShop(shops(), "EUR");
        StoredKey newer = issue(shop, ISSUED.plusSeconds(60));
        StoredKey older = issue(shop, ISSUED);
        issue(Fixtures.newShop(shops(), "EUR"), ISSUED);

        assertEquals(List.of(older.id(), newer.id()), keys().list(shop, 10, java.util.Optional.empty()).stream().map(StoredKey::id).toList());
        assertEquals(List.of(older.id()), keys().list(shop, 1, java.util.Optional.empty()).stream().map(StoredKey::id).toList());
        assertEquals(List.of(newer.id()), keys().list(shop, 10, java.util.Optional.of(com.cartwise.application.access.KeyCursor.after(older)))
                .stream().map(StoredKey::id).toList());
    }

    @Test
    void revokingMarksTheKeyOnceAndOnlyForItsOwnShop() {
        ShopId shop = Fixtures.newShop(shops(), "EUR");
        StoredKey key = issue(shop, ISSUED);
        Instant revokedAt = ISSUED.plus(1, ChronoUnit.DAYS);

        assertFalse(keys().revoke(Fixtures.newShop(shops(), "EUR"), key.id(), revokedAt));
        assertTrue(keys().revoke(shop, key.id(), revokedAt));
        assertFalse(keys().revoke(shop, key.id(), revokedAt.plusSeconds(1)));

        assertEquals(Optional.of(revokedAt), keys().find(key.id()).orElseThrow().revokedAt());
    }

    @Test
    void theLastUseOnlyMovesForward() {
        StoredKey key = issue(Fixtures.newShop(shops(), "EUR"), ISSUED);
        Instant later = ISSUED.plusSeconds(3600);

        keys().touch(key.id(), later);
        keys().touch(key.id(), ISSUED.plusSeconds(60));

        assertEquals(Optional.of(later), keys().find(key.id()).orElseThrow().lastUsedAt());
    }

    @Test
    void anOperatorKeyIsKeptFoundAndTouched() {
        IssuedKey operator = maker.make(new KeyHolder.Operator(), "generated at first start", ISSUED);

        keys().add(operator.stored());
        keys().touch(operator.stored().id(), ISSUED.plusSeconds(5));

        assertTrue(keys().hasOperatorKey());
        StoredKey found = keys().find(operator.stored().id()).orElseThrow();
        assertEquals(new KeyHolder.Operator(), found.holder());
        assertEquals(Optional.of(ISSUED.plusSeconds(5)), found.lastUsedAt());
    }

    @Test
    void shopsAreListedByTheirKeysLastUseTheMostRecentFirst() {
        ShopId twoKeys = Fixtures.newShop(shops(), "EUR");
        ShopId oneKey = Fixtures.newShop(shops(), "EUR");
        ShopId neverUsed = Fixtures.newShop(shops(), "EUR");
        StoredKey usedEarly = issue(twoKeys, ISSUED);
        StoredKey usedLast = issue(twoKeys, ISSUED);
        StoredKey between = issue(oneKey, ISSUED);
        issue(neverUsed, ISSUED);
        // Later than any other test's uses, which may share the database.
        Instant at = Instant.parse("2999-01-01T00:00:00Z");
        keys().touch(usedEarly.id(), at);
        keys().touch(between.id(), at.plusSeconds(60));
        keys().touch(usedLast.id(), at.plusSeconds(120));
        StoredKey operator = maker.make(new KeyHolder.Operator(), "operator", ISSUED).stored();
        keys().add(operator);
        keys().touch(operator.id(), at.plusSeconds(180));

        assertEquals(List.of(twoKeys, oneKey), keys().shopsByLastUse(2));
        assertEquals(List.of(twoKeys), keys().shopsByLastUse(1));
        assertFalse(keys().shopsByLastUse(Integer.MAX_VALUE).contains(neverUsed));
    }
}
