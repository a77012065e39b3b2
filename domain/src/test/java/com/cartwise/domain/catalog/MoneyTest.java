package com.cartwise.domain.catalog;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void keepsTheAmountAsTheMerchantWroteIt() {
        Money price = Money.of("112.00", "EUR");

        assertEquals("112.00", price.amountText());
        assertEquals(new BigDecimal("112.00"), price.amount());
        assertEquals(EUR, price.currency());
    }

    @Test
    void neverPrintsAnExponent() {
        assertEquals("0.00000001", Money.of("1E-8", "EUR").amountText());
        assertEquals("1000", Money.of("1E+3", "EUR").amountText());
    }

    @Test
    void zeroIsAPrice() {
        assertEquals("0", Money.of("0", "EUR").amountText());
    }

    @Test
    void rejectsANegativeAmountNamingThePrice() {
        InvalidInputException e = assertRejected("price", () -> Money.of("-1.50", "EUR"));
        assertEquals("must not be negative, but was -1.50", e.problem());
    }

    @Test
    void requiresAnAmountAndACurrency() {
        assertRejected("price", () -> new Money(null, EUR));
        assertRejected("currency", () -> new Money(BigDecimal.ONE, null));
    }

    @Test
    void ofRejectsTextThatIsNotAnAmountOrACurrencyNamingTheField() {
        assertRejected("price", () -> Money.of("12,50", "EUR"));
        assertRejected("currency", () -> Money.of("12.50", "EURO"));
    }
}
