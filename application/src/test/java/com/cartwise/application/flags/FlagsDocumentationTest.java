package com.cartwise.application.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/FLAGS.md's catalogue table is the code's: every flag, with its type and default, and no other. */
class FlagsDocumentationTest {

    @Test
    void theTableListsEveryFlagWithItsTypeAndDefault() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("../docs/FLAGS.md")).stream()
                .filter(line -> line.startsWith("| `") && line.indexOf("` |") > 0).toList();

        assertEquals(FlagCatalogue.ALL.stream().map(Flag::name).toList(),
                rows.stream().map(row -> row.substring(3, row.indexOf("` |"))).filter(name -> !name.contains(" ")).toList(),
                "the catalogue's rows (the API table's rows name a method and a path)");
        for (Flag flag : FlagCatalogue.ALL) {
            String row = rows.stream().filter(r -> r.startsWith("| `" + flag.name() + "` |")).findFirst().orElseThrow();
            String[] cells = row.split("\\|");
            assertTrue(cells[2].strip().startsWith(flag.type().wireName()), flag.name() + "'s type: " + cells[2]);
            String documented = flag.defaultValue().isEmpty() ? "empty" : "`" + flag.defaultValue() + "`";
            assertEquals(documented, cells[3].strip(), flag.name() + "'s default");
        }
    }
}
