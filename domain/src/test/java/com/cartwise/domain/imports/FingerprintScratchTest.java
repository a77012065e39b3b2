package com.cartwise.domain.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FingerprintScratchTest {

    static List<String> texts() {
        return List.of("", "order-v1\u001e#1001\u001fEUR", "Gr\u00f6\u00dfe", "caf\u00e9 at the end \u00e9",
                "\u00e9 at the start", "ASCII then \u2713 and \u2014", "a pair \ud83c\udf7a in the middle",
                "\ud83c\udf7a", "an unpaired high \ud83c then ASCII", "an unpaired low \udf7a", "ends high \ud83c",
                "x".repeat(5000) + "\u00fc" + "y".repeat(5000));
    }

    /** The first 64 bits of the SHA-256 of the text's bytes as String.getBytes(UTF_8) writes them. */
    private static long asStringWritesIt(String text) throws Exception {
        return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))).getLong();
    }

    @ParameterizedTest
    @MethodSource("texts")
    void isTheFirstLongOfTheSha256OfTheTextsUtf8BytesAsStringWritesThem(String text) throws Exception {
        FingerprintScratch scratch = FingerprintScratch.begin();
        scratch.text().append(text);

        assertEquals(asStringWritesIt(text), scratch.finish());
    }

    @ParameterizedTest
    @MethodSource("texts")
    void aScratchReusedAfterALongerTextKeepsNothingOfIt(String text) throws Exception {
        FingerprintScratch first = FingerprintScratch.begin();
        first.text().append("\u00e9".repeat(3000)).append("z".repeat(9000));
        first.finish();

        FingerprintScratch again = FingerprintScratch.begin();
        again.text().append(text);

        assertEquals(asStringWritesIt(text), again.finish());
    }
}
