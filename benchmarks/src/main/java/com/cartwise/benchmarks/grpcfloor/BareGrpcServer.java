package com.cartwise.benchmarks.grpcfloor;

import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.protobuf.services.HealthStatusManager;
import java.io.IOException;

/**
 * A grpc-java server with nothing but the standard health service and grpc-java's defaults, the
 * baseline that Cartwise's own floor (its health Check) is compared with: if Cartwise's server
 * configuration were slow, its floor would be low too and RecommendForCart would look fine beside
 * it. The load tool starts it in a JVM of its own ({@code LoadTool}); by hand:
 * {@code java -cp <benchmarks classpath> com.cartwise.benchmarks.grpcfloor.BareGrpcServer [port]}.
 * It prints {@value #READY} and the port it listens on, and stops when its standard input closes
 * (so it never outlives the tool that started it) or on Ctrl-C.
 */
public final class BareGrpcServer {
    public static final String READY = "bare grpc-java server listening on port ";

    private BareGrpcServer() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        Server server = Grpc.newServerBuilderForPort(port, InsecureServerCredentials.create())
                .addService(new HealthStatusManager().getHealthService())
                .build()
                .start();
        System.out.println(READY + server.getPort());
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "bare-grpc-stop"));
        while (System.in.read() >= 0) {
            // Wait for the end of standard input: the load tool closes it, or exits.
        }
        server.shutdownNow().awaitTermination();
    }
}
