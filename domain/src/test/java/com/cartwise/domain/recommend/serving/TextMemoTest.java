package com.cartwise.domain.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMemoTest {
    private final List<String> encoded = new ArrayList<>();
    private final TextMemo memo = new TextMemo(text -> {
        encoded.add(text);
        return text.getBytes(StandardCharsets.UTF_8);
    });

    @Test
    void aTextIsEncodedOnceAndItsBytesSharedAfterwards() {
        byte[] first = memo.of("co_occurrence");
        byte[] again = memo.of("co_occurrence");

        assertArrayEquals("co_occurrence".getBytes(StandardCharsets.UTF_8), first);
        assertSame(first, again);
        assertEquals(List.of("co_occurrence"), encoded);
    }

    @Test
    void pastItsBoundItStartsOverRatherThanGrow() {
        for (int i = 0; i < TextMemo.MAX_TEXTS; i++) {
            memo.of("reason " + i);
        }
        memo.of("reason 0");
        assertEquals(TextMemo.MAX_TEXTS, encoded.size(), "all " + TextMemo.MAX_TEXTS + " kept");

        memo.of("one text too many");
        memo.of("reason 0");

        assertEquals(List.of("one text too many", "reason 0"), encoded.subList(TextMemo.MAX_TEXTS, encoded.size()));
    }
}
