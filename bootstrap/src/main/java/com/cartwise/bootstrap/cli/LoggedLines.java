package com.cartwise.bootstrap.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;

/**
 * A stream whose every line becomes one INFO event of a logger. What {@code serve} tells the
 * person who started it (the operator key shown once, the demo shop's tour, "Cartwise is up")
 * goes through the log this way: as bare lines in the text format, and as JSON objects like every
 * other line when the log is read by a collector ({@code CARTWISE_LOG_FORMAT=json}).
 */
final class LoggedLines extends OutputStream {
    private final Logger logger;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private LoggedLines(Logger logger) {
        this.logger = logger;
    }

    /** A print stream that logs each line it is given; a last line without its end is logged when the stream is closed. */
    static PrintStream to(Logger logger) {
        return new PrintStream(new LoggedLines(logger), true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            emit();
        } else {
            line.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    /**
     * Nothing to write out: a line is logged when its end arrives. The print stream flushes after
     * every println and format, which must not cut a line still being written into two events.
     */
    @Override
    public synchronized void flush() {
    }

    @Override
    public synchronized void close() {
        if (line.size() > 0) {
            emit();
        }
    }

    private void emit() {
        int length = line.size();
        byte[] bytes = line.toByteArray();
        // a line ended by \r\n (printf's %n on Windows) loses its \r too
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        logger.info(new String(bytes, 0, length, StandardCharsets.UTF_8));
        line.reset();
    }
}
