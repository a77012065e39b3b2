package com.cartwise.formats.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it, so that an import can say how far through a file it is, and
 * the double quotes among them: a well-formed CSV file has an even number of them ("" escapes
 * one inside a quoted field), so an odd number at the end means a quote was left open.
 */
final class CountingInputStream extends FilterInputStream {
    private static final byte QUOTE = '"';
    private volatile long count;
    private long quotes;

    CountingInputStream(InputStream in) {
        super(in);
    }

    long count() {
        return count;
    }

    /** Whether the double quotes read so far are unbalanced. */
    boolean quoteOpen() {
        return (quotes & 1) == 1;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
            if (b == QUOTE) {
                quotes++;
            }
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count += n;
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == QUOTE) {
                    quotes++;
                }
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes would go uncounted as quotes: read them instead.
        return in.readNBytes((int) Math.min(n, Integer.MAX_VALUE)).length;
    }
}
