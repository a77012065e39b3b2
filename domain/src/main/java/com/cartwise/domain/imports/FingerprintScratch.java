package com.cartwise.domain.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What an order's fingerprint is made with, one set per thread, reused order after order: the
 * text, its UTF-8 bytes and the SHA-256 digest. Made afresh for every order (a growing builder,
 * a string, its bytes, a digest looked up by name) they were half of what a million-line import
 * allocated (JFR allocation samples, docs/BENCHMARKS.md). The bytes hashed are exactly those of
 * {@code String.getBytes(UTF_8)}: an unpaired surrogate becomes '?' in both.
 */
final class FingerprintScratch {
    /** A builder grown past this by a huge order is not kept for the thread's next one. */
    private static final int KEPT_CAPACITY = 1 << 16;
    private static final ThreadLocal<FingerprintScratch> PER_THREAD = ThreadLocal.withInitial(FingerprintScratch::new);

    private StringBuilder text = new StringBuilder(1024);
    private ByteBuffer bytes = ByteBuffer.allocate(4096);
    private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final MessageDigest sha256;

    private FingerprintScratch() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** This thread's scratch, its text empty. */
    static FingerprintScratch begin() {
        FingerprintScratch scratch = PER_THREAD.get();
        if (scratch.text.capacity() > KEPT_CAPACITY) {
            scratch.text = new StringBuilder(1024);
        }
        scratch.text.setLength(0);
        return scratch;
    }

    StringBuilder text() {
        return text;
    }

    /** The first 64 bits of the SHA-256 of the text's UTF-8 bytes. */
    long finish() {
        // Three bytes per char is UTF-8's most for a char of the BMP; a surrogate pair takes four for two.
        int most = text.length() * 3;
        if (bytes.capacity() < most) {
            bytes = ByteBuffer.allocate(Math.max(most, bytes.capacity() * 2));
        }
        byte[] out = bytes.array();
        int length = text.length();
        // ASCII, nearly every order's whole text, is its own UTF-8: copied here, it skips the
        // encoder's buffer loop (7 % of the reading thread's time, JFR). From the first other char
        // on, the encoder; the bytes are the same, as no char before it can pair with it.
        int ascii = 0;
        while (ascii < length) {
            char c = text.charAt(ascii);
            if (c >= 0x80) {
                break;
            }
            out[ascii++] = (byte) c;
        }
        bytes.clear().position(ascii);
        if (ascii < length) {
            utf8.reset();
            utf8.encode(CharBuffer.wrap(text, ascii, length), bytes, true);
            utf8.flush(bytes);
        }
        sha256.update(out, 0, bytes.position());
        return ByteBuffer.wrap(sha256.digest()).getLong();
    }
}
