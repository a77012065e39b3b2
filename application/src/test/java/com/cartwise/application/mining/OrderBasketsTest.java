package com.cartwise.application.mining;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.OrderDate;
import com.cartwise.domain.imports.OrderHeader;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.mining.BasketSizeLimit;
import com.cartwise.domain.mining.TransactionDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderBasketsTest {
    private static final OrderDate NOON = OrderDate.exactly(Instant.parse("2024-01-05T12:00:00Z"));
    private final OrderBaskets baskets = new OrderBaskets();

    @Test
    void numbersItemsBySkuInOrderOfFirstAppearanceAndNamesThem() {
        baskets.add(order("#1", line("SKI-1", "Ski", 1), line("WAX-1", "Ski Wax", 2)));
        baskets.add(order("#2", line("WAX-1", "Ski Wax", 1), line("", "Gift card", 1)));

        BasketFile file = baskets.toBasketFile(BasketFileFormat.ORDERS, BasketSizeLimit.DEFAULT);

        assertEquals(List.of("Ski", "Ski Wax", "Gift card"), file.itemNames());
        assertEquals(List.of(List.of(1L, 2L), List.of(2L, 3L)), baskets(file.database()));
        assertEquals(2, file.orders());
    }

    @Test
    void anInvoiceMetAgainFurtherDownIsOneBasket() {
        baskets.add(order("536365", line("85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 6)));
        baskets.add(order("536366", line("22633", "HAND WARMER UNION JACK", 6)));
        baskets.add(order("536365", line("71053", "WHITE METAL LANTERN", 6)));

        BasketFile file = baskets.toBasketFile(BasketFileFormat.TRANSACTIONS, BasketSizeLimit.DEFAULT);

        assertEquals(List.of(List.of(1L, 3L), List.of(2L)), baskets(file.database()));
        assertEquals(2, file.orders());
    }

    @Test
    void cancelledOrdersAndReturnedOrRefundedLinesAreLeftOutOfBaskets() {
        baskets.add(new OrderRecord(new SourceRow(0, 1), "C536379", new OrderHeader(NOON, Optional.empty(), Optional.of(NOON), "", Optional.empty(),
                "", Optional.empty(), "", ""), List.of(line("D", "Discount", -1))));
        baskets.add(order("#3", line("SKI-1", "Ski", 1), line("WAX-1", "Ski Wax", -1),
                new LineRecord(new SourceRow(0, 4), "Helmet", "HEL-1", null, 1, null, null, null, "", true, false)));
        baskets.add(order("#4", line("WAX-1", "Ski Wax", -2)));

        BasketFile file = baskets.toBasketFile(BasketFileFormat.TRANSACTIONS, BasketSizeLimit.DEFAULT);

        assertEquals(List.of(List.of(1L)), baskets(file.database()));
        assertEquals(List.of("Ski"), file.itemNames());
        assertEquals(3, file.orders());
        assertEquals(2, file.leftOut());
    }

    private static List<List<Long>> baskets(TransactionDatabase database) {
        List<List<Long>> all = new ArrayList<>();
        for (int t = 0; t < database.transactionCount(); t++) {
            all.add(Arrays.stream(database.transaction(t)).mapToObj(database::externalId).sorted().toList());
        }
        return all;
    }

    private static OrderRecord order(String name, LineRecord... lines) {
        return new OrderRecord(new SourceRow(0, 1), name, OrderHeader.placedAt(NOON), List.of(lines));
    }

    private static LineRecord line(String sku, String name, int quantity) {
        return new LineRecord(new SourceRow(0, 1), name, sku, null, quantity, null, null, null, "", false, false);
    }
}
