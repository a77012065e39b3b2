package com.cartwise.application.jobs;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Tells waiters on this instance that a job was queued here or ended here, so that an idle worker
 * takes a new job at once and a request waiting for its job answers as the job ends, rather than
 * each at its next poll (a quarter of a second for a worker, on average half of it lost before
 * every job). Only a hint: the database stays the record and waiters still poll it, which is how a
 * job queued or ended on another instance reaches them.
 */
public final class JobSignals {
    private final Signal queued = new Signal();
    private final Signal ended = new Signal();

    /** Rung when this instance has queued a job. */
    public Signal queued() {
        return queued;
    }

    /** Rung when a worker of this instance has recorded a job's end. */
    public Signal ended() {
        return ended;
    }

    /**
     * One kind of news. A waiter reads {@link #rings()} before it looks at the database and hands
     * that count to {@link #awaitAfter}, so news that came in between wakes it at once instead of
     * being missed.
     */
    public static final class Signal {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition rung = lock.newCondition();
        private long rings;

        /** How many times it has rung. */
        public long rings() {
            lock.lock();
            try {
                return rings;
            } finally {
                lock.unlock();
            }
        }

        public void ring() {
            lock.lock();
            try {
                rings++;
                rung.signalAll();
            } finally {
                lock.unlock();
            }
        }

        /**
         * Waits until it has rung more than {@code seen} times, or until {@code limit} has passed;
         * answers whether it rang.
         */
        public boolean awaitAfter(long seen, Duration limit) throws InterruptedException {
            long left = limit.toNanos();
            lock.lock();
            try {
                while (rings <= seen) {
                    if (left <= 0) {
                        return false;
                    }
                    left = rung.awaitNanos(left);
                }
                return true;
            } finally {
                lock.unlock();
            }
        }
    }
}
