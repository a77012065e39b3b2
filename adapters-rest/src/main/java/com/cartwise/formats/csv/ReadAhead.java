package com.cartwise.formats.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Parses a file's records on a thread of its own, a bounded number of batches ahead of the thread
 * that turns them into import records. Tokenising the CSV was about half of an import's reading
 * time (a JFR profile of a 1,000,000-line orders export, docs/BENCHMARKS.md); on two cores the two
 * halves now overlap. Memory stays bounded by {@link #BATCHES_AHEAD} batches of {@link #BATCH}
 * records. A failure while parsing reaches the reader at the record where it happened, as if the
 * file were read on one thread.
 *
 * @param <T> what one record is
 */
final class ReadAhead<T> implements AutoCloseable {
    static final int BATCH = 256;
    static final int BATCHES_AHEAD = 8;

    /** Produces the next record, or null at the end of the file; may throw for a record that cannot be read. */
    interface Source<T> {
        T next();
    }

    private record Batch<T>(List<T> records, RuntimeException failure, boolean last) {
    }

    private final BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread parser;
    private volatile boolean closed;
    private Batch<T> current = new Batch<>(List.of(), null, false);
    private int index;

    ReadAhead(String name, Source<T> source) {
        this.parser = Thread.ofPlatform().daemon().name("read-ahead " + name).unstarted(() -> parse(source));
        parser.start();
    }

    private void parse(Source<T> source) {
        List<T> records = new ArrayList<>(BATCH);
        try {
            for (T record = source.next(); record != null; record = source.next()) {
                records.add(record);
                if (records.size() == BATCH) {
                    offer(new Batch<>(records, null, false));
                    records = new ArrayList<>(BATCH);
                }
            }
            offer(new Batch<>(records, null, true));
        } catch (InterruptedException e) {
            // Closed by the reader: nobody waits for the rest.
        } catch (RuntimeException e) {
            try {
                offer(new Batch<>(records, e, true));
            } catch (InterruptedException closedMeanwhile) {
                // As above.
            }
        }
    }

    private void offer(Batch<T> batch) throws InterruptedException {
        while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            if (closed) {
                throw new InterruptedException("closed");
            }
        }
    }

    /** True when another record follows; throws what parsing threw when the next record could not be read. */
    boolean hasNext() {
        while (index == current.records().size()) {
            if (current.failure() != null) {
                throw current.failure();
            }
            if (current.last()) {
                return false;
            }
            current = take();
            index = 0;
        }
        return true;
    }

    T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.records().get(index++);
    }

    private Batch<T> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading ahead in a file", e);
        }
    }

    /** Stops the parsing thread and waits for it, so that the file can be closed under it. */
    @Override
    public void close() {
        closed = true;
        parser.interrupt();
        queue.clear();
        try {
            parser.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (parser.isAlive()) {
            throw new IllegalStateException("the read-ahead thread of a file did not stop");
        }
    }
}
