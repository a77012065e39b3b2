package com.cartwise.application.recommend.offline;

import java.util.Comparator;

/** The order PostgreSQL sorts text in under the "C" collation, which the import's tables use: UTF-8 byte order. */
final class UploadOrder {
    /** UTF-8 byte order is code point order (String.compareTo compares UTF-16 units, which differs above U+FFFF). */
    static final Comparator<String> BYTES = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private UploadOrder() {
    }
}
