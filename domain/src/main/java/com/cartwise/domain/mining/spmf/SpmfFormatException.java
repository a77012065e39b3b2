package com.cartwise.domain.mining.spmf;

/** A basket, itemset or rule file that does not follow the SPMF text format, with where and why. */
public final class SpmfFormatException extends RuntimeException {
    private final long line;
    private final int column;

    public SpmfFormatException(long line, int column, String problem) {
        super("line " + line + ", column " + column + ": " + problem);
        this.line = line;
        this.column = column;
    }

    public long line() {
        return line;
    }

    public int column() {
        return column;
    }
}
