package com.cartwise.persistence.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.Ports;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@code Shops} does, the in-memory one and PostgreSQL's alike. */
abstract class ShopsContract {

    protected abstract Ports ports();

    private static ShopId unusedId() {
        return ShopId.of("rieker-" + UUID.randomUUID() + ".myshopify.com");
    }

    @Test
    void anAddedShopIsFoundAsItWasAdded() {
        Shop shop = new Shop(unusedId(), "Rieker Montréal", Currency.getInstance("CAD"));

        assertTrue(ports().shops().add(shop));

        assertEquals(Optional.of(shop), ports().shops().find(shop.id()));
    }

    @Test
    void addingAShopWhoseIdIsTakenChangesNothing() {
        ShopId id = unusedId();
        Shop first = new Shop(id, "Rieker", Currency.getInstance("CAD"));
        ports().shops().add(first);

        boolean added = ports().shops().add(new Shop(id, "Impostor", Currency.getInstance("EUR")));

        assertFalse(added);
        assertEquals(Optional.of(first), ports().shops().find(id));
    }

    @Test
    void aShopNeverAddedIsNotFound() {
        assertEquals(Optional.empty(), ports().shops().find(unusedId()));
    }
}
