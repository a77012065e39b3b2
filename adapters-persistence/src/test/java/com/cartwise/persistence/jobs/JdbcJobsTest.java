package com.cartwise.persistence.jobs;

import com.cartwise.persistence.testing.PostgresPorts;
import com.cartwise.persistence.testing.Ports;

class JdbcJobsTest extends JobsContract {
    @Override
    protected Ports ports() {
        return PostgresPorts.shared();
    }
}
