package com.cartwise.grpc;

import com.cartwise.grpc.access.ApiKeyInterceptor;
import io.grpc.ClientInterceptor;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
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
    /** The operator key the test wiring accepts and {@link #channel()} sends. */
    public static final String OPERATOR_KEY = InMemoryCartwiseFactory.OPERATOR_KEY;
    private final ApplicationContext context;
    private final GrpcEmbeddedServer server;
    private final int port;
    private final ManagedChannel channel;

    private GrpcTestServer(ApplicationContext context, GrpcEmbeddedServer server, int port) {
        this.context = context;
        this.server = server;
        this.port = port;
        this.channel = NettyChannelBuilder.forAddress("localhost", port).usePlaintext()
                .intercept(withKey(InMemoryCartwiseFactory.OPERATOR_KEY)).build();
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

    /** Sends the key in every call's metadata, as a POS backend would. */
    public static ClientInterceptor withKey(String key) {
        Metadata headers = new Metadata();
        headers.put(ApiKeyInterceptor.AUTHORIZATION, "Bearer " + key);
        return MetadataUtils.newAttachHeadersInterceptor(headers);
    }

    /** A channel to this server without a key, or with another one (null: none). */
    public ManagedChannel channelWithKey(String key) {
        NettyChannelBuilder builder = NettyChannelBuilder.forAddress("localhost", port).usePlaintext();
        return (key == null ? builder : builder.intercept(withKey(key))).build();
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
