package com.cartwise.fakeshopify;

import java.util.List;

/**
 * A bulk query the fake runs: it is RUNNING for a few polls, then COMPLETED with its result, which
 * was rendered when it was created (as Shopify snapshots the data a bulk query reads).
 */
final class BulkOperation {
    final long number;
    final String kind;
    final List<String> lines;
    final long rootObjects;
    int pollsLeft;
    String status = "CREATED";

    BulkOperation(long number, String kind, List<String> lines, long rootObjects, int polls) {
        this.number = number;
        this.kind = kind;
        this.lines = lines;
        this.rootObjects = rootObjects;
        this.pollsLeft = polls;
    }

    String id() {
        return GraphqlShapes.gid("BulkOperation", number);
    }
}
