package com.cartwise.domain.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ImportProblemTest {

    @Test
    void describesTheFileLineColumnAndHeader() {
        ImportProblem p = new ImportProblem("orders_export.csv", 12, 16, "Created at", "'31/13/2023' is not a date");

        assertEquals("orders_export.csv line 12, column 16 (Created at): '31/13/2023' is not a date", p.describe());
    }

    @Test
    void aProblemWithTheWholeFileHasNoPlaceInIt() {
        ImportProblem p = new ImportProblem("products_export.csv", 0, 0, "Handle", "the header has no Handle column");

        assertEquals("products_export.csv (Handle): the header has no Handle column", p.describe());
    }

    @Test
    void describesALineWithoutAColumn() {
        assertEquals("orders.csv line 3: the file ends inside a quoted value",
                new ImportProblem("orders.csv", 3, 0, null, "the file ends inside a quoted value").describe());
    }

    @Test
    void describesAColumnWithoutALine() {
        assertEquals("orders.csv column 2 (Name): duplicate header",
                new ImportProblem("orders.csv", 0, 2, "Name", "duplicate header").describe());
    }

    @Test
    void anUnnamedFileIsTheUpload() {
        assertEquals("upload line 1: empty", new ImportProblem(null, 1, 0, "", "empty").describe());
        assertEquals("upload line 1: empty", new ImportProblem("  ", 1, 0, "", "empty").describe());
    }

    @Test
    void aProblemHasAPlaceAndAMessage() {
        assertThrows(IllegalArgumentException.class, () -> new ImportProblem("f.csv", -1, 0, "", "bad"));
        assertThrows(IllegalArgumentException.class, () -> new ImportProblem("f.csv", 1, -1, "", "bad"));
        assertThrows(IllegalArgumentException.class, () -> new ImportProblem("f.csv", 1, 1, "", null));
        assertThrows(IllegalArgumentException.class, () -> new ImportProblem("f.csv", 1, 1, "", " "));
    }

    @Test
    void theRejectionCarriesTheProblemAndItsDescription() {
        ImportProblem p = new ImportProblem("orders.csv", 7, 3, "Lineitem quantity", "'two' is not a number");

        ImportRejectedException e = new ImportRejectedException(p);

        assertSame(p, e.problem());
        assertEquals("orders.csv line 7, column 3 (Lineitem quantity): 'two' is not a number", e.getMessage());
    }
}
