package com.cartwise.application.imports;

import com.cartwise.domain.InvalidInputException;

/**
 * A file of an upload, waiting in the upload store.
 *
 * @param storedName its name in the {@code UploadStore}
 * @param fileName the name the merchant's browser or command line sent, for messages only
 * @param bytes its size, for progress
 */
public record UploadedFile(String storedName, String fileName, long bytes) {
    public UploadedFile {
        if (storedName == null || storedName.isBlank() || bytes < 0) {
            throw new IllegalArgumentException("an uploaded file has a stored name and a size");
        }
        InvalidInputException.require(fileName != null && !fileName.isBlank(), "file", "has no name");
    }
}
