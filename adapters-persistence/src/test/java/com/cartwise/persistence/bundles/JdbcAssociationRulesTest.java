package com.cartwise.persistence.bundles;

import com.cartwise.persistence.testing.PostgresPorts;
import com.cartwise.persistence.testing.Ports;

class JdbcAssociationRulesTest extends AssociationRulesContract {
    @Override
    protected Ports ports() {
        return PostgresPorts.shared();
    }
}
