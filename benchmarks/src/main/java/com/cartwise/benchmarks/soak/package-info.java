/**
 * The soak ({@link com.cartwise.benchmarks.soak.SoakTool}, run by {@code benchmarks/soak.sh}): a
 * running Cartwise under mixed, paced REST and gRPC load for minutes on end while imports and
 * trainings run, with every error counted by kind, latencies and the server's heap after each GC
 * reported per minute, and a verdict: no error, every job succeeded, heap after GC flat.
 */
package com.cartwise.benchmarks.soak;
