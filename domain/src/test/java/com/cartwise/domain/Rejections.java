package com.cartwise.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Asserts that a rule of the domain rejects a value and names the field the caller must fix. */
public final class Rejections {
    private Rejections() {
    }

    public static InvalidInputException assertRejected(String field, Executable attempt) {
        InvalidInputException e = assertThrows(InvalidInputException.class, attempt);
        assertEquals(field, e.field(), () -> "named the wrong field in '" + e.getMessage() + "'");
        return e;
    }
}
