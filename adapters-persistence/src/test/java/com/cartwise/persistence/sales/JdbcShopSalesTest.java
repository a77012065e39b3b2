package com.cartwise.persistence.sales;

import com.cartwise.persistence.testing.PostgresPorts;
import com.cartwise.persistence.testing.Ports;

class JdbcShopSalesTest extends ShopSalesContract {
    @Override
    protected Ports ports() {
        return PostgresPorts.shared();
    }
}
