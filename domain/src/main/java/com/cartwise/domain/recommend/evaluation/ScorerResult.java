package com.cartwise.domain.recommend.evaluation;

import java.util.List;

/**
 * One row of an evaluation report: a scorer (or baseline) and its results under each protocol.
 *
 * @param name the scorer's wire name, {@code popularity}, or a reference metric's name
 * @param simplicity lower is simpler; ties of the primary measure go to the simpler candidate
 */
public record ScorerResult(String name, Role role, int simplicity, List<ProtocolResult> protocols) {
    public ScorerResult {
        if (name == null || role == null) {
            throw new IllegalArgumentException("a result names its scorer and role");
        }
        protocols = List.copyOf(protocols);
    }

    public ProtocolResult result(Protocol protocol) {
        return protocols.stream().filter(p -> p.protocol() == protocol).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " was not evaluated under " + protocol.wireName()));
    }

    public boolean has(Protocol protocol) {
        return protocols.stream().anyMatch(p -> p.protocol() == protocol);
    }

    public double value(PrimaryMeasure measure) {
        return result(measure.protocol()).value(measure.measure(), measure.k());
    }
}
