package com.cartwise.application.port;

import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.imports.ReadItem;
import com.cartwise.domain.imports.UploadFormat;
import java.nio.file.Path;
import java.util.Optional;

/** The file formats Cartwise reads: tells an upload's format from its header, and reads it record by record. */
public interface UploadFormats {

    /**
     * The file's format: the one asked for, checked against the header, or else the one the header
     * shows.
     *
     * @param fileIndex the file's place in its upload, which every problem and record carries
     * @throws ImportRejectedException when the file is empty, unreadable, or no format fits its header
     */
    UploadFormat detect(Path file, String fileName, Optional<UploadFormat> requested);

    /** @throws ImportRejectedException when the file cannot be read as that format at all (its header) */
    Reader open(Path file, String fileName, int fileIndex, UploadFormat format);

    /** One file being read, in constant memory. */
    interface Reader extends AutoCloseable {

        /** The next record, or the rows refused; null at the end of the file. */
        ReadItem next();

        /** Data rows read so far (the header excluded). */
        long rowsRead();

        /** Bytes of the file read so far, for progress. */
        long bytesRead();

        /** What only the whole file tells; call after {@link #next()} answered null. */
        FileFacts facts();

        @Override
        void close();
    }
}
