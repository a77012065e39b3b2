package com.cartwise.application.access;

import com.cartwise.application.paging.PageCursor;
import java.time.Instant;

/**
 * Where a page of a shop's keys ended, in the list's order (oldest first, ties by key id, which is
 * unique): the next page starts after this key. Opaque to clients: they pass back the text they were given.
 */
public record KeyCursor(Instant createdAt, KeyId id) {
    public static KeyCursor after(StoredKey key) {
        return new KeyCursor(key.createdAt(), key.id());
    }

    public String text() {
        return PageCursor.encode(createdAt, id.value());
    }

    public static KeyCursor parse(String text) {
        return PageCursor.decode(text, 2, parts -> new KeyCursor(Instant.parse(parts[0]), KeyId.of(parts[1])));
    }
}
