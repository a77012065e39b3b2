package com.cartwise.benchmarks.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One HTTP/1.1 keep-alive connection that sends ready-made requests and reads answers framed by
 * Content-Length, as ApacheBench does. Hand-written on purpose: client and server share two cores,
 * so the measuring client must cost far less than the server it measures (a general-purpose client
 * adds its own threads and parsing to every request), and it must refuse anything but a complete
 * 200 on a connection that stays open.
 */
public final class KeepAliveConnection implements AutoCloseable {
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private byte[] buffer = new byte[16 * 1024];

    public KeepAliveConnection(String host, int port) throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        socket.setSoTimeout(10_000);
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    /** The connection to the host and port of {@code base} (port 80 when it names none). */
    public static KeepAliveConnection to(URI base) throws IOException {
        return new KeepAliveConnection(base.getHost(), port(base));
    }

    /**
     * A whole HTTP/1.1 request, ready to send again and again: {@code method} on {@code path} under
     * {@code base}'s path, with the key as {@code Authorization: Bearer}, and a JSON body unless it is null.
     */
    public static byte[] request(String method, URI base, String path, String key, byte[] body) {
        String head = method + " " + base.getPath().replaceAll("/$", "") + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                + port(base) + "\r\n" + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n")
                + "Authorization: Bearer " + key + "\r\nAccept: application/json\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + (body == null ? 0 : body.length));
        if (body != null) {
            System.arraycopy(body, 0, request, headBytes.length, body.length);
        }
        return request;
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : 80;
    }

    /** Sends a whole request; returns the body of a 200 answer; throws for any other answer ({@link StatusException} for a status). */
    public String exchange(byte[] request) throws IOException {
        out.write(request);
        out.flush();
        int filled = 0;
        int headerEnd;
        while ((headerEnd = indexOf(buffer, filled, HEADER_END)) < 0) {
            filled = readMore(filled);
        }
        String head = new String(buffer, 0, headerEnd, StandardCharsets.ISO_8859_1);
        int bodyStart = headerEnd + HEADER_END.length;
        int length = contentLength(head);
        while (filled < bodyStart + length) {
            filled = readMore(filled);
        }
        String body = new String(buffer, bodyStart, length, StandardCharsets.UTF_8);
        if (filled != bodyStart + length) {
            throw new IOException("the server sent more than one answer to one request");
        }
        if (!head.startsWith("HTTP/1.1 200 ")) {
            String statusLine = head.lines().findFirst().orElse("");
            throw new StatusException(statusLine.length() >= 12 ? parseStatus(statusLine.substring(9, 12)) : 0,
                    "answered " + statusLine + ": " + body);
        }
        if (head.toLowerCase().contains("\r\nconnection: close")) {
            throw new IOException("the server closes the connection after each answer; keep-alive is what is measured");
        }
        return body;
    }

    private static int parseStatus(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** An answer whose status was not 200; {@link #status()} is 0 when its status line could not be read. */
    public static final class StatusException extends IOException {
        private final int status;

        public StatusException(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private int readMore(int filled) throws IOException {
        if (filled == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = in.read(buffer, filled, buffer.length - filled);
        if (read < 0) {
            throw new IOException("the server closed the connection mid-answer");
        }
        return filled + read;
    }

    private static int contentLength(String head) throws IOException {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).equalsIgnoreCase("content-length")) {
                return Integer.parseInt(line.substring(colon + 1).strip());
            }
        }
        throw new IOException("an answer without Content-Length (chunked?) cannot be framed: " + head);
    }

    private static int indexOf(byte[] data, int length, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
