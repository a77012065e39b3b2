package com.cartwise.grpc;

import io.grpc.BindableService;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * gRPC server reflection ({@code grpc.reflection.v1.ServerReflection}), so grpcurl, Postman and
 * similar tools can call the API without a copy of the .proto files. On by default; an operator
 * who does not want to publish the schema sets {@value #ENABLED} to false.
 */
@Factory
final class ReflectionFactory {
    static final String ENABLED = "cartwise.grpc.reflection.enabled";

    @Singleton
    @Named("grpc-reflection")
    @Requires(property = ENABLED, notEquals = "false")
    BindableService serverReflection() {
        return ProtoReflectionServiceV1.newInstance();
    }
}
