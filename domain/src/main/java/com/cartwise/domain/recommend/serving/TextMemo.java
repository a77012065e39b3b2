package com.cartwise.domain.recommend.serving;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * An answer's few constant texts (scorer names, sources, arms, the fixed reasons) kept as a writer
 * sends them, so that each answer copies their bytes rather than encoding the same sentence again.
 * Bounded: past {@value #MAX_TEXTS} different texts (a varying one, which none should be) it
 * starts over rather than grow.
 */
public final class TextMemo {
    static final int MAX_TEXTS = 64;

    private final Function<String, byte[]> encode;
    private final Map<String, byte[]> texts = new ConcurrentHashMap<>();

    /** @param encode the text as its writer sends it (UTF-8, an escaped JSON string, ...) */
    public TextMemo(Function<String, byte[]> encode) {
        this.encode = encode;
    }

    /** The text's encoded bytes: shared, never to be changed by the caller. */
    public byte[] of(String text) {
        byte[] bytes = texts.get(text);
        if (bytes == null) {
            if (texts.size() >= MAX_TEXTS) {
                texts.clear();
            }
            bytes = texts.computeIfAbsent(text, encode);
        }
        return bytes;
    }
}
