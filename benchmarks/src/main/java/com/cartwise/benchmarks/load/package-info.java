/**
 * The serving load tool ({@link com.cartwise.benchmarks.load.LoadTool}): RecommendForCart over gRPC
 * and REST against the gRPC floor and a bare grpc-java server, from a JVM of its own.
 */
package com.cartwise.benchmarks.load;
