/**
 * Benchmarks and load tools. Each class says in its comment what it measures and the command that
 * runs it; docs/BENCHMARKS.md records the figures with machine and date.
 */
package com.cartwise.benchmarks;
