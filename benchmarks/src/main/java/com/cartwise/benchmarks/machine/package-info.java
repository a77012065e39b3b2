/**
 * What the machine did while a benchmark measured: {@link com.cartwise.benchmarks.machine.CpuMeter}
 * reads the CPU time of the measured server and of everything else from Linux's /proc, so that a
 * figure taken on a shared machine says how much of the machine it had.
 */
package com.cartwise.benchmarks.machine;
