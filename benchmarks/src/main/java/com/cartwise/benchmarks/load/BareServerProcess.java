package com.cartwise.benchmarks.load;

import com.cartwise.benchmarks.grpcfloor.BareGrpcServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@link BareGrpcServer} in a JVM of its own, on the tool's classpath and JDK, on a free port. */
final class BareServerProcess implements AutoCloseable {
    private final Process process;
    private final int port;

    private BareServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static BareServerProcess start(String jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Arrays.stream(jvmOptions.split("\\s+")).filter(s -> !s.isBlank()).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BareGrpcServer.class.getName(), "0"));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(BareGrpcServer.READY)) {
                return new BareServerProcess(process, Integer.parseInt(line.substring(BareGrpcServer.READY.length()).strip()));
            }
        }
        process.destroyForcibly();
        throw new IOException("the bare grpc-java server did not start: " + command);
    }

    String target() {
        return "localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            process.destroy();
        }
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
