package com.cartwise.application.port;

import com.cartwise.domain.bundles.copy.BundleCopy;
import com.cartwise.domain.bundles.copy.CopyBrief;

/**
 * Writes a bundle's storefront copy (title, description, tagline) from its brief. The AI writer is
 * outside the process, so it may be unavailable; generation then falls back to the domain's
 * template writer for that bundle and records which writer produced each copy.
 */
public interface CopyWriter {

    /**
     * The copy for one brief, with {@link BundleCopy#writer()} naming this writer and its model.
     *
     * @throws CopyUnavailableException when no copy can be had: no key configured, the service
     *                                  refused or kept failing after its retries, or the job's budget is spent
     */
    BundleCopy write(CopyBrief brief) throws CopyUnavailableException;

    /** Why a writer produced no copy; the message is safe to show a merchant (never a key). */
    final class CopyUnavailableException extends Exception {
        public CopyUnavailableException(String message) {
            super(message);
        }

        public CopyUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
