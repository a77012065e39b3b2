package com.cartwise.formats.basket;

import java.util.List;

/**
 * The names transaction files give their columns (the UCI Online Retail data: InvoiceNo,
 * StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country; the Bread Basket:
 * Date, Time, Transaction, Item), matched regardless of case, spaces and underscores.
 */
final class TransactionColumns {
    static final List<String> TRANSACTION = List.of("InvoiceNo", "Invoice", "Transaction", "TransactionNo", "TransactionId",
            "Receipt", "ReceiptNo", "BasketId", "Basket");
    static final List<String> ITEM = List.of("StockCode", "ItemCode", "Item", "ItemId", "Article", "ProductCode");
    static final List<String> DESCRIPTION = List.of("Description", "ItemName", "ItemDescription", "ProductName");
    static final List<String> QUANTITY = List.of("Quantity", "Qty", "Units");
    static final List<String> DATE = List.of("InvoiceDate", "TransactionDate", "Date", "DateTime", "Timestamp");
    static final List<String> TIME = List.of("Time");
    static final List<String> UNIT_PRICE = List.of("UnitPrice", "Price", "ItemPrice");
    static final List<String> CUSTOMER = List.of("CustomerID", "CustomerId", "Customer");

    private TransactionColumns() {
    }
}
