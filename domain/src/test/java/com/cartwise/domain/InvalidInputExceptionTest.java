package com.cartwise.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

    @Test
    void carriesTheFieldAndTheProblemSeparately() {
        InvalidInputException e = new InvalidInputException("items[2].sku", "must not be blank");

        assertEquals("items[2].sku", e.field());
        assertEquals("must not be blank", e.problem());
        assertEquals("items[2].sku: must not be blank", e.getMessage());
    }

    @Test
    void requireThrowsOnlyWhenTheConditionFails() {
        assertDoesNotThrow(() -> InvalidInputException.require(true, "limit", "must be positive"));

        InvalidInputException e = Rejections.assertRejected("limit",
                () -> InvalidInputException.require(false, "limit", "must be positive"));
        assertEquals("must be positive", e.problem());
    }

    @Test
    void withinPlacesTheFieldInsideTheItemThatHeldIt() {
        InvalidInputException e = new InvalidInputException("sku", "must not be blank").within("items[2]");

        assertEquals("items[2].sku", e.field());
        assertEquals("must not be blank", e.problem());
    }
}
