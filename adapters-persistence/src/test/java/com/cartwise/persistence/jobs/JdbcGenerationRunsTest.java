package com.cartwise.persistence.jobs;

import com.cartwise.persistence.testing.PostgresPorts;
import com.cartwise.persistence.testing.Ports;

class JdbcGenerationRunsTest extends GenerationRunsContract {
    @Override
    protected Ports ports() {
        return PostgresPorts.shared();
    }
}
