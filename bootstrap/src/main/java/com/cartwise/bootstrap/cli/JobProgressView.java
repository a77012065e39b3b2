package com.cartwise.bootstrap.cli;

import com.cartwise.rest.client.JobProgressEvent;

/** Where the progress of a followed job is shown while it runs. */
public interface JobProgressView extends AutoCloseable {
    void show(JobProgressEvent event);

    /** Ends the display, so that what is printed next starts on a line of its own. */
    @Override
    void close();

    /** For --no-progress: shows nothing. */
    static JobProgressView none() {
        return new JobProgressView() {
            @Override
            public void show(JobProgressEvent event) {
            }

            @Override
            public void close() {
            }
        };
    }
}
