package com.cartwise.domain.bundles.explanation;

import com.cartwise.domain.InvalidInputException;
import java.util.List;

/**
 * Why a bundle, in plain words, each reason from evidence: what the orders show, what the
 * objective found, and where the price came from. The first reason is the strongest.
 */
public record Explanation(List<String> reasons) {
    public Explanation {
        InvalidInputException.require(reasons != null && !reasons.isEmpty(), "explanation", "has at least one reason");
        reasons = List.copyOf(reasons);
    }

    /** The reasons in one line: "Bought together in 37 of 120 orders with Ski Wax (4.2× chance); clears slow-moving stock …". */
    public String text() {
        return String.join("; ", reasons);
    }
}
