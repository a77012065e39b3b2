/**
 * gRPC answers in protobuf's wire format, written without message objects
 * ({@link com.cartwise.grpc.wire.AnswerEncoder}) and sent as they are
 * ({@link com.cartwise.grpc.wire.EncodedAnswer}).
 */
package com.cartwise.grpc.wire;
