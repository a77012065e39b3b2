package com.cartwise.bootstrap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP relay to a real server that cuts the first Server-Sent Event stream through it right after
 * its first event, as a restarting server, a proxy's idle timeout or a lost connection would. It
 * keeps what clients sent, so that a test can see the requests a client made when it reconnected.
 */
final class DroppingRelay implements AutoCloseable {
    private static final Pattern EVENTS_REQUEST = Pattern.compile("GET \\S+/events HTTP/1\\.1\r\n.*?\r\n\r\n", Pattern.DOTALL);

    private final ServerSocket listener;
    private final int upstreamPort;
    private final List<StringBuffer> sent = new CopyOnWriteArrayList<>();
    private final AtomicBoolean cut = new AtomicBoolean();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    DroppingRelay(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        start(this::accept);
    }

    String address() {
        return "http://localhost:" + listener.getLocalPort();
    }

    /** Every request for a job's events (request line and headers) that went through, in order of connection. */
    List<String> eventRequests() {
        List<String> requests = new ArrayList<>();
        for (StringBuffer connection : sent) {
            Matcher m = EVENTS_REQUEST.matcher(connection);
            while (m.find()) {
                requests.add(m.group());
            }
        }
        return requests;
    }

    boolean cutAStream() {
        return cut.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                sockets.add(client);
                sockets.add(server);
                StringBuffer transcript = new StringBuffer();
                sent.add(transcript);
                start(() -> toServer(client, server, transcript));
                start(() -> toClient(server, client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void toServer(Socket client, Socket server, StringBuffer transcript) {
        try (InputStream in = client.getInputStream(); OutputStream out = server.getOutputStream()) {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                out.flush();
                transcript.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        } catch (IOException closed) {
            // One side hung up; the other pump ends too.
        }
    }

    /** Relays answers; the first event stream is cut after the blank line that ends its first event. */
    private void toClient(Socket server, Socket client) {
        try (InputStream in = server.getInputStream(); OutputStream out = client.getOutputStream()) {
            StringBuilder seen = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0) {
                out.write(b);
                if (cut.get()) {
                    continue;
                }
                seen.append((char) b);
                int stream = seen.indexOf("text/event-stream");
                int data = stream < 0 ? -1 : seen.indexOf("\ndata:", stream);
                if (data >= 0 && seen.indexOf("\n\n", data) >= 0 && cut.compareAndSet(false, true)) {
                    out.flush();
                    client.close();
                    server.close();
                    return;
                }
                if (b == '\n') {
                    out.flush();
                }
            }
        } catch (IOException closed) {
            // One side hung up.
        }
    }

    private static void start(Runnable pump) {
        Thread thread = new Thread(pump, "relay-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
