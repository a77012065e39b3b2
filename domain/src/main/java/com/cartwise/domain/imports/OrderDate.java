package com.cartwise.domain.imports;

import java.time.Instant;

/**
 * When an order was placed, as a file wrote it. A spreadsheet date such as 03/04/2024 reads two
 * ways; which one the file means only the file as a whole can tell (a day above 12 somewhere), so
 * a reader keeps both readings and the import picks one once the file is read. Dates written
 * with a zone or in ISO form have one reading, and both are the same instant.
 */
public record OrderDate(Instant dayFirst, Instant monthFirst) {
    public OrderDate {
        if (dayFirst == null || monthFirst == null) {
            throw new IllegalArgumentException("an order date has both readings (the same instant when unambiguous)");
        }
    }

    public static OrderDate exactly(Instant instant) {
        return new OrderDate(instant, instant);
    }

    public Instant read(boolean monthFirstFile) {
        return monthFirstFile ? monthFirst : dayFirst;
    }
}
