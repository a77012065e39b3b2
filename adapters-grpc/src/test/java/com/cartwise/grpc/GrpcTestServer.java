package com.cartwise.grpc;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.io.socket.SocketUtils;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Micronaut context serving this module's beans on {@code grpc.server.port} (a free port), and a
 * plaintext channel to it over a real socket.
 */
public final class GrpcTestServer implements AutoCloseable {
    private final ApplicationContext context;
    private final GrpcEmbeddedServer server;
    private final int port;
    private final ManagedChannel channel;

    private GrpcTestServer(ApplicationContext context, GrpcEmbeddedServer server, int port) {
        this.context = context;
        this.server = server;
        this.port = port;
        this.channel = NettyChannelBuilder.forAddress("localhost", port).usePlaintext().build();
    }

    public static GrpcTestServer start() {
        return start(Map.of());
    }

    /**
     * A free port is only free until someone takes it: on a machine running other builds, another
     * process may bind it between the look-up and the server's start, so a few attempts are made.
     */
    public static GrpcTestServer start(Map<String, Object> properties) {
        RuntimeException lastFailure = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            int port = SocketUtils.findAvailableTcpPort();
            Map<String, Object> all = new HashMap<>(properties);
            all.put("grpc.server.port", port);
            ApplicationContext context = ApplicationContext.run(all);
            try {
                // Without an HTTP server nothing starts the gRPC one for us (bootstrap's REST server does).
                GrpcEmbeddedServer server = context.getBean(GrpcEmbeddedServer.class);
                server.start();
                return new GrpcTestServer(context, server, port);
            } catch (RuntimeException e) {
                context.close();
                lastFailure = e;
            }
        }
        throw lastFailure;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ManagedChannel channel() {
        return channel;
    }

    public int port() {
        return port;
    }

    /** Stops the gRPC server as a shutdown would, leaving the context and the channel open. */
    public void stopServer() {
        server.stop();
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.stop();
        context.close();
    }
}
