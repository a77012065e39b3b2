package com.cartwise.rest.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body (RFC 7578) of files, each a part named "file", streamed from
 * disk as the request is sent: a gigabyte export is never held in memory. Its length is known in
 * advance (headers plus file sizes), so the server can refuse an oversized upload before reading it.
 */
final class MultipartUpload {
    private static final String PART_NAME = "file";

    private final String boundary = "cartwise-" + UUID.randomUUID();
    private final List<Path> files;

    MultipartUpload(List<Path> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("an upload has at least one file");
        }
        this.files = List.copyOf(files);
    }

    /**
     * Each file's SHA-256 in hex, comma-separated in the order of the parts, for the server to check
     * what it stored against: one more read of each file, cheap beside its import, so that a file
     * damaged on its way is refused instead of imported.
     */
    String sha256() {
        List<String> digests = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                byte[] buffer = new byte[1 << 16];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    sha.update(buffer, 0, n);
                }
                digests.add(HexFormat.of().formatHex(sha.digest()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
        return String.join(",", digests);
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    BodyPublisher body() {
        List<BodyPublisher> parts = new ArrayList<>();
        long length = 0;
        for (Path file : files) {
            byte[] head = ("--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"" + PART_NAME + "\"; filename=\"" + quoted(file) + "\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            parts.add(BodyPublishers.ofByteArray(head));
            parts.add(BodyPublishers.ofInputStream(() -> open(file)));
            parts.add(BodyPublishers.ofString("\r\n"));
            length += head.length + size(file) + 2;
        }
        byte[] end = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        parts.add(BodyPublishers.ofByteArray(end));
        length += end.length;
        return BodyPublishers.fromPublisher(BodyPublishers.concat(parts.toArray(BodyPublisher[]::new)), length);
    }

    /** The file's own name, without its folders, in a quoted-string: quotes and line breaks would end the header. */
    private static String quoted(Path file) {
        return file.getFileName().toString().replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
