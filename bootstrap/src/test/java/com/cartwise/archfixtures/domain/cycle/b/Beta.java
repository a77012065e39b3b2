package com.cartwise.archfixtures.domain.cycle.b;

import com.cartwise.archfixtures.domain.cycle.a.Alpha;

/** ... and b needs a. */
public class Beta {
    public Alpha partner() {
        return new Alpha();
    }
}
