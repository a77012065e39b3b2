package com.cartwise.archfixtures.domain.cycle.a;

import com.cartwise.archfixtures.domain.cycle.b.Beta;

/** Half of a package cycle: a needs b ... */
public class Alpha {
    public Beta partner() {
        return new Beta();
    }
}
