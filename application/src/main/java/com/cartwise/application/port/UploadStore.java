package com.cartwise.application.port;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where uploads wait for their import job. Every instance that may run the job must reach the same
 * store (one machine's disk, or a volume all replicas mount), since any worker may claim the job.
 */
public interface UploadStore {

    /** Copies the content to the store as it arrives and answers the stored file's name in the store. */
    String save(InputStream content);

    /** The stored file, for reading. */
    Path path(String storedName);

    /** Removes the stored file; a missing file is not an error. */
    void delete(String storedName);
}
