package com.cartwise.rest;

import com.cartwise.application.jobs.worker.JobWorker;

/** A worker thread taking the in-memory queue's jobs, as bootstrap's job workers take the database's. */
public final class TestWorker implements AutoCloseable {
    private final Thread thread;
    private volatile boolean running = true;

    TestWorker(JobWorker worker) {
        this.thread = new Thread(() -> {
            while (running) {
                if (!worker.runNext()) {
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "test-job-worker");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
