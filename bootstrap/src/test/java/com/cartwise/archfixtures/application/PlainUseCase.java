package com.cartwise.archfixtures.application;

import com.cartwise.archfixtures.domain.CleanValue;
import java.util.List;

/** A use case as it should be: the domain and the JDK. */
public class PlainUseCase {
    public CleanValue execute(String name) {
        return new CleanValue(name, List.of(1));
    }
}
