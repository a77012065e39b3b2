package com.cartwise.bootstrap.cli;

import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.bootstrap.startup.DemoShopInstaller;
import com.cartwise.bootstrap.startup.OperatorKeyNotice;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs Cartwise until it is stopped (Ctrl-C or SIGTERM). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the REST and gRPC servers (with an embedded PostgreSQL unless one is configured).")
public final class ServeCommand implements Callable<Integer> {
    /**
     * The logger of what a start tells its operator: logback's text format prints its lines bare,
     * the JSON format as objects like any other line (logging/text.xml, logging/json.xml).
     */
    public static final String NOTICES = "cartwise.notices";

    @Option(names = "--demo", description = "Generate, import and train a demo shop (id 'demo') unless it exists already.")
    boolean demo;

    @Option(names = "--http-port", description = "REST port (default: micronaut.server.port, 8080).")
    Integer httpPort;

    @Option(names = "--grpc-port", description = "gRPC port (default: grpc.server.port, 50051).")
    Integer grpcPort;

    @Option(names = "--data-dir", description = "Embedded PostgreSQL data directory (default: data/postgres).")
    String dataDirectory;

    @Override
    public Integer call() {
        Map<String, Object> overrides = new HashMap<>();
        if (httpPort != null) {
            overrides.put("micronaut.server.port", httpPort);
        }
        if (grpcPort != null) {
            overrides.put("grpc.server.port", grpcPort);
        }
        if (dataDirectory != null) {
            overrides.put(CartwiseServer.DATA_DIRECTORY, dataDirectory);
        }
        CartwiseServer server = CartwiseServer.start(overrides, System.getenv("DATABASE_URL"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.releaseDatabaseOnceStopped(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cartwise-release-database"));
        PrintStream notices = LoggedLines.to(LoggerFactory.getLogger(NOTICES));
        OperatorKeyNotice.ensure(server.context(), notices);
        DemoShopInstaller demoShop = demo ? new DemoShopInstaller(server.context(), notices) : null;
        if (demoShop != null) {
            demoShop.install();
        }
        notices.printf("Cartwise is up %.1f s after the JVM started: REST on http://localhost:%d, gRPC on localhost:%d%s%n",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, server.httpPort(), server.grpcPort(),
                server.embeddedDataDirectory().map(d -> ", embedded PostgreSQL data in " + d).orElse(""));
        if (demoShop != null) {
            demoShop.printTour(server.httpPort(), server.grpcPort());
        }
        // The servers' threads keep the process alive until it is stopped (Ctrl-C, SIGTERM).
        return 0;
    }
}
