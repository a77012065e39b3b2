package com.cartwise.application.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestIdTest {

    @Test
    void aSafeCallerIdIsKeptAsItIs() {
        assertEquals("till-7:a1b2/c3=+_.", RequestId.acceptOrCreate("till-7:a1b2/c3=+_.").value());
    }

    @Test
    void anIdThatCouldForgeALogLineIsReplaced() {
        RequestId replaced = RequestId.acceptOrCreate("abc\r\nINFO forged line");
        assertNotEquals("abc\r\nINFO forged line", replaced.value());
        assertTrue(replaced.value().matches("[0-9a-f-]{36}"), replaced.value());
    }

    @Test
    void anEmptyOrOverlongOrAbsentIdIsReplaced() {
        String longest = "a".repeat(RequestId.MAX_LENGTH);
        assertEquals(longest, RequestId.acceptOrCreate(longest).value());
        assertNotEquals(longest + "a", RequestId.acceptOrCreate(longest + "a").value());
        assertEquals(36, RequestId.acceptOrCreate("").value().length());
        assertEquals(36, RequestId.acceptOrCreate(null).value().length());
        assertEquals(36, RequestId.acceptOrCreate("has space").value().length());
    }

    @Test
    void aCreatedIdIsARandomVersion4Uuid() {
        java.util.UUID uuid = java.util.UUID.fromString(RequestId.create().value());
        assertEquals(4, uuid.version());
        assertEquals(2, uuid.variant());
    }

    @Test
    void everyCharacterOutsideTheSafeSetMakesAnIdUnsafe() {
        for (char c = 0; c < 128; c++) {
            boolean safe = Character.isLetterOrDigit(c) || "._:=+/-".indexOf(c) >= 0;
            assertEquals(safe, RequestId.accept("id" + c).isPresent(), "character " + (int) c);
        }
        assertTrue(RequestId.accept("caf\u00e9").isEmpty());
    }

    @Test
    void twoCreatedIdsDiffer() {
        assertNotEquals(RequestId.create(), RequestId.create());
    }

    @Test
    void theConstructorRefusesAnUnsafeIdNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RequestId("a\"b"));
        assertTrue(e.getMessage().contains("'a\"b'"), e.getMessage());
    }
}
