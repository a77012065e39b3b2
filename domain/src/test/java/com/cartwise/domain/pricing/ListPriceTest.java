package com.cartwise.domain.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.bundles.BundleType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bundle's list price is what its reference basket costs at its items' own prices. */
class ListPriceTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    private static List<BigDecimal> prices(String... amounts) {
        return Arrays.stream(amounts).map(BigDecimal::new).toList();
    }

    @Test
    void eachTypesReferenceBasketAtItsItemsPrices() {
        assertEquals(new BigDecimal("6.04"), ListPrice.of(BundleType.FBT, prices("2.55", "3.49"), EUR));
        // any two of the set: from the two cheapest
        assertEquals(new BigDecimal("3.00"), ListPrice.of(BundleType.MIX_AND_MATCH, prices("4.00", "1.00", "2.00"), EUR));
        // the largest break: three units
        assertEquals(new BigDecimal("3.75"), ListPrice.of(BundleType.VOLUME, prices("1.25"), EUR));
        assertEquals(new BigDecimal("10.00"), ListPrice.of(BundleType.BOGO, prices("5.00"), EUR));
        assertEquals(new BigDecimal("8.00"), ListPrice.of(BundleType.BOGO, prices("5.00", "3.00"), EUR));
    }

    @Test
    void roundedToTheCurrencysMinorUnitHalfUp() {
        assertEquals(new BigDecimal("1.01"), ListPrice.of(BundleType.FBT, prices("0.505", "0.5"), EUR));
        assertEquals(new BigDecimal("101"), ListPrice.of(BundleType.FBT, prices("100.5", "0"), Currency.getInstance("JPY")));
    }
}
