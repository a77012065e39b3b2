/** A bare grpc-java server (health service only), the baseline for Cartwise's own gRPC floor. */
package com.cartwise.benchmarks.grpcfloor;
