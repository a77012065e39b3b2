package com.cartwise.archfixtures.domain;

import java.util.List;

/** A domain class as it should be: the JDK and nothing else. */
public record CleanValue(String name, List<Integer> quantities) {
}
