package com.cartwise.application.flags;

/** Checks a string flag's value against its {@link TextRule}. */
@FunctionalInterface
public interface TextCheck {
    /** @throws com.cartwise.domain.InvalidInputException naming the problem */
    void check(String value);
}
