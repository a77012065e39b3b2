package com.cartwise.benchmarks.load;

import java.util.List;

/** The doors a run can measure, by the names the command line and the report use, in measuring order. */
final class Doors {
    static final String BARE_FLOOR = "bare-floor";
    static final String FLOOR = "floor";
    static final String GRPC = "grpc";
    static final String REST = "rest";
    static final List<String> ALL = List.of(BARE_FLOOR, FLOOR, GRPC, REST);

    private Doors() {
    }

    static String describe(String door) {
        return switch (door) {
            case BARE_FLOOR -> "bare grpc-java health Check";
            case FLOOR -> "Cartwise health Check";
            case GRPC -> "gRPC RecommendForCart";
            case REST -> "REST POST .../recommendations";
            default -> throw new IllegalArgumentException("no door named '" + door + "': choose from " + ALL);
        };
    }
}
