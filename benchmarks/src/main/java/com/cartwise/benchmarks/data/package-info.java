/**
 * Generated shops for benchmarks: {@link com.cartwise.benchmarks.data.SyntheticShopGenerator} makes a
 * seeded shop of any size (the benchmark shop: a million orders, fifty thousand variants) with
 * long-tail popularity, complement clusters and three years of timestamps, exposed as per-order
 * variant indices with timestamps and per-variant product, handle, SKU and price, so that it can be
 * written out as Shopify exports or fed to the recommender directly.
 */
package com.cartwise.benchmarks.data;
