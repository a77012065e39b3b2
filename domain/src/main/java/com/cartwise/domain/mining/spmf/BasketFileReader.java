package com.cartwise.domain.mining.spmf;

import com.cartwise.domain.mining.BasketSizeLimit;
import com.cartwise.domain.mining.TransactionDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Reads a basket file in the format of the FIMI repository and SPMF: one basket per line, item
 * ids (non-negative integers) separated by spaces or tabs. Blank lines hold no basket; lines
 * starting with '#', '%' or '@' are SPMF comments and metadata and are skipped. Parses bytes
 * directly: reading fimi-retail (4 MB) this way takes a few tens of milliseconds.
 */
public final class BasketFileReader {
    private static final int BUFFER = 1 << 16;

    private BasketFileReader() {
    }

    /**
     * @throws SpmfFormatException with line and column of the first token that is not an item id
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static TransactionDatabase read(InputStream in, BasketSizeLimit limit) {
        try {
            return new Parser(in, TransactionDatabase.builder(limit)).parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Parser {
        private final InputStream in;
        private final TransactionDatabase.Builder builder;
        private final byte[] buffer = new byte[BUFFER];
        private long[] basket = new long[64];
        private int size;
        private long line = 1;
        private int column;
        private boolean inNumber;
        private boolean comment;
        private boolean lineStart = true;
        private long value;
        private int numberColumn;

        Parser(InputStream in, TransactionDatabase.Builder builder) {
            this.in = in;
            this.builder = builder;
        }

        TransactionDatabase parse() throws IOException {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    accept(buffer[i]);
                }
            }
            endLine();
            return builder.build();
        }

        private void accept(byte b) {
            column++;
            if (b == '\n') {
                endLine();
                line++;
                column = 0;
                lineStart = true;
                return;
            }
            if (comment) {
                return;
            }
            if (lineStart && (b == '#' || b == '%' || b == '@')) {
                comment = true;
                return;
            }
            lineStart = false;
            if (b >= '0' && b <= '9') {
                digit(b - '0');
            } else if (b == ' ' || b == '\t' || b == '\r') {
                endNumber();
            } else {
                throw new SpmfFormatException(line, column, "'" + (char) b + "' cannot start or continue an item id; "
                        + "items are non-negative integers separated by spaces");
            }
        }

        private void digit(int d) {
            if (!inNumber) {
                inNumber = true;
                value = 0;
                numberColumn = column;
            }
            if (value > (Long.MAX_VALUE - d) / 10) {
                throw new SpmfFormatException(line, numberColumn, "item id is larger than " + Long.MAX_VALUE);
            }
            value = value * 10 + d;
        }

        private void endNumber() {
            if (inNumber) {
                if (size == basket.length) {
                    basket = Arrays.copyOf(basket, size * 2);
                }
                basket[size++] = value;
                inNumber = false;
            }
        }

        private void endLine() {
            endNumber();
            if (size > 0) {
                builder.add(basket, size);
            }
            size = 0;
            comment = false;
        }
    }
}
