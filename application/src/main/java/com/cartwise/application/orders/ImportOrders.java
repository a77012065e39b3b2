package com.cartwise.application.orders;

import com.cartwise.application.port.OrderHistory.OrdersImportSummary;
import com.cartwise.application.port.OrderHistory;
import com.cartwise.application.port.Shops;
import com.cartwise.application.port.Transactions;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.shop.ShopId;
import java.util.Iterator;

/** Imports past orders (e.g. a Shopify orders export) all or nothing; an order imported again replaces itself. */
public final class ImportOrders {
    private final Shops shops;
    private final OrderHistory orderHistory;
    private final Transactions transactions;

    public ImportOrders(Shops shops, OrderHistory orderHistory, Transactions transactions) {
        this.shops = shops;
        this.orderHistory = orderHistory;
        this.transactions = transactions;
    }

    public Result execute(ShopId shop, Iterator<Order> orders) {
        if (shops.find(shop).isEmpty()) {
            return new Result.ShopNotFound(shop);
        }
        try {
            return new Result.Imported(transactions.inTransaction(() -> orderHistory.record(shop, orders)));
        } catch (ImportRejectedException e) {
            return new Result.Rejected(e.problem());
        }
    }

    public sealed interface Result {
        record Imported(OrdersImportSummary summary) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }

        record Rejected(ImportProblem problem) implements Result {
        }
    }
}
