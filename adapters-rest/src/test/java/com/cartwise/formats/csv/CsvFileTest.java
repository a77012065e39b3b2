package com.cartwise.formats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.rest.CsvFixture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {
    @TempDir
    Path folder;

    static List<Long> lines(Path file) {
        try (CsvFile csv = CsvFile.open(file, "export.csv")) {
            List<Long> lines = new ArrayList<>();
            while (csv.hasNext()) {
                CsvRow row = csv.next();
                row.checkFieldCount();
                lines.add(row.line());
            }
            return lines;
        }
    }

    static ImportProblem rejection(Path file) {
        return assertThrows(ImportRejectedException.class, () -> lines(file)).problem();
    }

    @Test
    void givesEachRecordTheLineItStartsOnInTheFile() {
        Path file = CsvFixture.write(folder, "export.csv", "Handle,Body", "a,\"one", "two", "three\"", "b,plain", "", "c,\"x\"");

        assertEquals(List.of(2L, 5L, 7L), lines(file));
    }

    @Test
    void stripsTheByteOrderMarkAndTheBlanksAroundHeaderNames() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(" Handle , Variant Price\nski-wax,12.50\n".getBytes(StandardCharsets.UTF_8));
        Path file = CsvFixture.writeBytes(folder, "export.csv", bytes.toByteArray());

        try (CsvFile csv = CsvFile.open(file, "export.csv")) {
            assertTrue(csv.header().has("Handle"));
            assertEquals("12.50", csv.next().text(csv.header().column("Variant Price")));
        }
    }

    @Test
    void matchesHeaderNamesExactlyNotByCase() {
        Path file = CsvFixture.write(folder, "export.csv", "handle,Variant Price", "ski-wax,12.50");

        try (CsvFile csv = CsvFile.open(file, "export.csv")) {
            assertFalse(csv.header().has("Handle"));
        }
    }

    @Test
    void rejectsARecordWithMoreFieldsThanTheHeader() {
        Path file = CsvFixture.write(folder, "export.csv", "Handle,Variant Price", "ski-wax,12.50", "ski-poles,12,50");

        ImportProblem problem = rejection(file);

        assertEquals(new ImportProblem("export.csv", 3, 0, "",
                "has 3 fields, but the header has 2 columns: a quote or a comma is missing or extra"), problem);
    }

    @Test
    void rejectsTextAfterAClosingQuoteAtTheLineWhereItsRecordStarts() {
        Path file = CsvFixture.write(folder, "export.csv", "Handle,Title", "a,\"two", "lines\"", "b,\"Ski\" Wax");

        ImportProblem problem = rejection(file);

        assertEquals(List.of(4L, 0), List.of(problem.line(), problem.column()));
    }

    @Test
    void namesTheCellThatHoldsBytesThatAreNotUtf8() {
        byte[] latin1 = "Handle,Title\nski-wax,Cr\u00e8me\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = CsvFixture.writeBytes(folder, "export.csv", latin1);

        try (CsvFile csv = CsvFile.open(file, "export.csv")) {
            CsvRow row = csv.next();
            ImportProblem problem = assertThrows(ImportRejectedException.class,
                    () -> row.text(csv.header().column("Title"))).problem();
            assertEquals(List.of(2L, 2, "Title"), List.of(problem.line(), problem.column(), problem.columnName()));
        }
    }

    @Test
    void rejectsAnEmptyFile() {
        Path file = CsvFixture.writeBytes(folder, "export.csv", new byte[0]);

        assertEquals(new ImportProblem("export.csv", 1, 0, "", "the file is empty: it has no header line"), rejection(file));
    }

    @Test
    void rejectsReadingAColumnThatAppearsTwice() {
        Path file = CsvFixture.write(folder, "export.csv", "Handle,Title,Handle", "a,b,c");

        try (CsvFile csv = CsvFile.open(file, "export.csv")) {
            ImportProblem problem = assertThrows(ImportRejectedException.class, () -> csv.header().find("Handle")).problem();
            assertEquals(List.of(1L, 3, "Handle"), List.of(problem.line(), problem.column(), problem.columnName()));
        }
    }

    @Test
    void readsAFieldLikeTheOneAboveItAsItselfNotAsTheOneAbove() {
        // Fields equal to the one above share its text; one that merely starts or ends like it must not.
        Path file = CsvFixture.write(folder, "export.csv", "Name,Sku", "#1001,AB", "#1001,AB", "#1001,ABC", "#1001,A",
                "#1002,\"AB\"", "#1002,", "#1002,BA");

        List<String> skus = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(file, "export.csv")) {
            Column sku = csv.header().column("Sku");
            while (csv.hasNext()) {
                skus.add(csv.next().text(sku));
            }
        }

        assertEquals(List.of("AB", "AB", "ABC", "A", "AB", "", "BA"), skus);
    }

    @Test
    void refusesARecordWithMoreFieldsThanCartwiseReadsAtItsLine() {
        Path file = CsvFixture.write(folder, "export.csv", "Name,Sku", "#1001,AB", ",".repeat(20_000));

        ImportProblem problem = rejection(file);

        assertEquals(3L, problem.line());
        assertTrue(problem.message().contains("has more fields than Cartwise reads"), problem.message());
    }
}
