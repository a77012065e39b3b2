package com.cartwise.application.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.application.SkiShop;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.domain.shop.Shop;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateShopTest {
    private final InMemoryCartwise cartwise = new InMemoryCartwise(SkiShop.CLOCK);

    @Test
    void createsAShopThatCanThenBeFound() {
        CreateShop.Result result = cartwise.createShop.execute(SkiShop.shop());

        assertEquals(new CreateShop.Result.Created(SkiShop.shop()), result);
        assertEquals(Optional.of(SkiShop.shop()), cartwise.findShop.execute(SkiShop.ID));
    }

    @Test
    void aSecondShopWithTheSameIdIsRefusedAndChangesNothing() {
        cartwise.createShop.execute(SkiShop.shop());

        CreateShop.Result result = cartwise.createShop.execute(new Shop(SkiShop.ID, "Another Name", Currency.getInstance("CHF")));

        assertEquals(new CreateShop.Result.AlreadyExists(SkiShop.ID), result);
        assertEquals(Optional.of(SkiShop.shop()), cartwise.findShop.execute(SkiShop.ID));
    }

    @Test
    void anUnknownShopIsNotFound() {
        assertEquals(Optional.empty(), cartwise.findShop.execute(SkiShop.ID));
    }
}
