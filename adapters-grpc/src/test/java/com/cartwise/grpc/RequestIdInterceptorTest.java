package com.cartwise.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.ServerCalls;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** A call's log lines carry its request id, on whichever handler thread runs it, and the thread forgets it afterwards. */
class RequestIdInterceptorTest {
    private static final MethodDescriptor.Marshaller<String> TEXT = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(String value) {
            return new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String parse(InputStream stream) {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };
    private static final MethodDescriptor<String, String> ECHO = MethodDescriptor.<String, String>newBuilder()
            .setType(MethodDescriptor.MethodType.UNARY).setFullMethodName("test.Echo/Say")
            .setRequestMarshaller(TEXT).setResponseMarshaller(TEXT).build();

    private final ExecutorService handlers = Executors.newSingleThreadExecutor();
    private final ExecutorService onward = Executors.newSingleThreadExecutor(r -> new Thread(r, "hand-on"));
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final AtomicReference<String> leftOnThread = new AtomicReference<>("unset");
    private Server server;
    private ManagedChannel channel;

    @AfterEach
    void stop() {
        channel.shutdownNow();
        server.shutdownNow();
        handlers.shutdownNow();
        onward.shutdownNow();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
    }

    @Test
    void theHandlersLogLinesCarryTheCallersIdWhichIsEchoed() throws Exception {
        start();
        AtomicReference<Metadata> headers = new AtomicReference<>();
        AtomicReference<Metadata> trailers = new AtomicReference<>();
        Metadata sent = new Metadata();
        sent.put(RequestIdInterceptor.KEY, "till-7-call-12");

        String answer = ClientCalls.blockingUnaryCall(channel.newCall(ECHO, CallOptions.DEFAULT), "hi");
        assertEquals("hi", answer);
        String created = logs.list.getLast().getMDCPropertyMap().get("request_id");
        assertTrue(created.matches("[0-9a-f-]{36}"), "an id is made for a call without one: " + created);

        io.grpc.Channel tagged = io.grpc.ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(sent),
                MetadataUtils.newCaptureMetadataInterceptor(headers, trailers));
        ClientCalls.blockingUnaryCall(tagged, ECHO, CallOptions.DEFAULT, "again");

        assertEquals("till-7-call-12", logs.list.getLast().getMDCPropertyMap().get("request_id"));
        assertEquals("till-7-call-12", headers.get().get(RequestIdInterceptor.KEY));
        handlers.submit(() -> leftOnThread.set(MDC.get("request_id"))).get();
        assertNull(leftOnThread.get(), "the handler thread keeps no id between calls");
    }

    @Test
    void workHandedOnInThePropagatedContextLogsTheCallsIdToo() throws Exception {
        start();
        Metadata sent = new Metadata();
        sent.put(RequestIdInterceptor.KEY, "till-7-call-13");
        io.grpc.Channel tagged = io.grpc.ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(sent));

        ClientCalls.blockingUnaryCall(tagged, ECHO, CallOptions.DEFAULT, "hand on");

        ILoggingEvent handedOn = logs.list.stream().filter(e -> e.getFormattedMessage().equals("handed on")).findFirst().orElseThrow();
        assertEquals("till-7-call-13", handedOn.getMDCPropertyMap().get("request_id"));
        assertEquals("hand-on", handedOn.getThreadName());
        onward.submit(() -> leftOnThread.set(MDC.get("request_id"))).get();
        assertNull(leftOnThread.get(), "the thread work was handed to keeps no id afterwards");
    }

    private void start() throws IOException {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        logs.setContext(context);
        logs.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(logs);
        org.slf4j.Logger log = LoggerFactory.getLogger("test.Echo");
        ServerServiceDefinition echo = ServerServiceDefinition.builder("test.Echo")
                .addMethod(ECHO, ServerCalls.asyncUnaryCall((request, response) -> {
                    log.warn("saying {}", request);
                    if (request.equals("hand on")) {
                        try {
                            onward.submit(io.micronaut.core.propagation.PropagatedContext.wrapCurrent(() -> log.warn("handed on"))).get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    response.onNext(request);
                    response.onCompleted();
                })).build();
        server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create()).executor(handlers)
                .addService(ServerInterceptors.intercept(echo, List.of(new RequestIdInterceptor()))).build().start();
        channel = Grpc.newChannelBuilderForAddress("localhost", server.getPort(), InsecureChannelCredentials.create()).build();
    }
}
