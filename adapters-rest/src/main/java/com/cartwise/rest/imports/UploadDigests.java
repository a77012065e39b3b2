package com.cartwise.rest.imports;

import com.cartwise.domain.InvalidInputException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SHA-256 of each uploaded file as its sender computed it, from the {@value #HEADER} header
 * (lowercase hex, comma-separated, one per part named "file", in the order of the parts). A file
 * whose stored bytes hash to anything else was damaged on its way, and importing it could store
 * wrong orders without a word; the header is optional so that a plain {@code curl -F} still works.
 */
final class UploadDigests {
    static final String HEADER = "Cartwise-Upload-Sha256";
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final List<String> expected;

    private UploadDigests(List<String> expected) {
        this.expected = expected;
    }

    /** Reads the header, or none when it is absent; refuses a malformed one before anything is received. */
    static UploadDigests of(String header) {
        if (header == null || header.isBlank()) {
            return new UploadDigests(List.of());
        }
        List<String> digests = List.of(header.toLowerCase(Locale.ROOT).split(",", -1)).stream().map(String::strip).toList();
        for (int i = 0; i < digests.size(); i++) {
            if (!SHA256_HEX.matcher(digests.get(i)).matches()) {
                throw new InvalidInputException(HEADER, "value " + (i + 1) + " is not a SHA-256 in hex (64 characters 0-9, a-f)");
            }
        }
        return new UploadDigests(digests);
    }

    private boolean present() {
        return !expected.isEmpty();
    }

    /** The part's bytes, hashed as they pass when the sender said what to expect. */
    Hashing hashing(InputStream content) {
        try {
            return new Hashing(present() ? new DigestInputStream(content, MessageDigest.getInstance("SHA-256")) : content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * What the sender said the part at this position hashes to, when its bytes hashed to anything
     * else; empty when they match or the sender said nothing. A part beyond the digests sent is
     * refused naming the header.
     */
    Optional<String> mismatch(int part, Hashing hashing) {
        if (!present()) {
            return Optional.empty();
        }
        if (part >= expected.size()) {
            throw new InvalidInputException(HEADER, "names " + expected.size() + " digest(s), but the upload has more files");
        }
        String said = expected.get(part);
        return said.equals(hashing.hex()) ? Optional.empty() : Optional.of(said);
    }

    /** Refuses a header that named more digests than the upload had files. */
    void requireAllUsed(int files) {
        if (present() && files != expected.size()) {
            throw new InvalidInputException(HEADER, "names " + expected.size() + " digest(s), but the upload has " + files + " file(s)");
        }
    }

    /** A part's content as it is read, and what it hashed to once read. */
    static final class Hashing {
        private final InputStream stream;
        private String hex;

        Hashing(InputStream stream) {
            this.stream = stream;
        }

        InputStream stream() {
            return stream;
        }

        /** The same on every call: a digest, once computed, starts again from nothing. */
        String hex() {
            if (hex == null) {
                hex = stream instanceof DigestInputStream digesting ? HexFormat.of().formatHex(digesting.getMessageDigest().digest()) : "";
            }
            return hex;
        }
    }
}
