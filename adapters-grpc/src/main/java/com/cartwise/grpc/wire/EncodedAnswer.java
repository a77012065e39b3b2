package com.cartwise.grpc.wire;

import io.grpc.Drainable;
import io.grpc.KnownLength;
import io.grpc.MethodDescriptor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * An answer already in protobuf's wire format ({@link AnswerEncoder}), sent by grpc-java as it is:
 * the server builds no message objects for it and serializes nothing.
 */
public final class EncodedAnswer {
    /** Streams the bytes, their length known, into grpc-java's frame; parses by keeping what arrived. */
    public static final MethodDescriptor.Marshaller<EncodedAnswer> MARSHALLER = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(EncodedAnswer answer) {
            return new Bytes(answer.bytes);
        }

        @Override
        public EncodedAnswer parse(InputStream stream) {
            try (stream) {
                return new EncodedAnswer(stream.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private final byte[] bytes;

    EncodedAnswer(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The answer's bytes, as a protobuf parser reads them. Not a copy: do not change. */
    public byte[] bytes() {
        return bytes;
    }

    /** grpc-java writes a {@link KnownLength} stream without buffering it first, and drains a {@link Drainable} one in one write. */
    private static final class Bytes extends ByteArrayInputStream implements KnownLength, Drainable {
        Bytes(byte[] bytes) {
            super(bytes);
        }

        @Override
        public int drainTo(OutputStream target) throws IOException {
            int length = count - pos;
            target.write(buf, pos, length);
            pos = count;
            return length;
        }
    }
}
