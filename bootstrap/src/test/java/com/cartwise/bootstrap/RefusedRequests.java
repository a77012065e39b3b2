package com.cartwise.bootstrap;

/** Reads {@code cartwise_requests_refused_total} from a /prometheus scrape, for tests that count refusals. */
public final class RefusedRequests {
    private RefusedRequests() {
    }

    /** The door's refusals for the reason (wire names, e.g. {@code rest}, {@code unauthenticated}); 0 when the series is absent. */
    public static long in(String scrape, String door, String reason) {
        String line = "cartwise_requests_refused_total{door=\"" + door + "\",reason=\"" + reason + "\"} ";
        return scrape.lines().filter(l -> l.startsWith(line)).mapToLong(l -> (long) Double.parseDouble(l.substring(line.length())))
                .sum();
    }
}
