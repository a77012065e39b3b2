package com.cartwise.domain.shop;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ShopIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"demo", "rieker-shoes.myshopify.com", "7", "0shop", "a-b.c-d"})
    void acceptsMyshopifyDomainsAndSlugs(String value) {
        assertEquals(value, ShopId.of(value).value());
    }

    @Test
    void acceptsOneHundredCharacters() {
        String hundred = "a".repeat(100);

        assertEquals(hundred, ShopId.of(hundred).value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void requiresAValue(String value) {
        InvalidInputException e = assertRejected("shop_id", () -> ShopId.of(value));
        assertEquals("is required", e.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Demo", "RIEKER", "-demo", ".demo", "demo shop", "demo_shop", "démo", "demo/", " demo"})
    void rejectsUpperCaseOtherCharactersAndALeadingDotOrDash(String value) {
        InvalidInputException e = assertRejected("shop_id", () -> ShopId.of(value));
        assertTrue(e.problem().endsWith("but was '" + value + "'"), e.problem());
    }

    @Test
    void rejectsMoreThanOneHundredCharacters() {
        assertRejected("shop_id", () -> ShopId.of("a".repeat(101)));
    }

    @Test
    void printsAsItsValue() {
        assertEquals("rieker-shoes.myshopify.com", ShopId.of("rieker-shoes.myshopify.com").toString());
    }

    @Test
    void twoIdsWithTheSameValueAreEqual() {
        assertEquals(ShopId.of("demo"), new ShopId("demo"));
    }

    @Test
    void acceptsExactlyWhatItsDocumentedPatternMatches() {
        java.util.regex.Pattern documented = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");
        String alphabet = "az09.-A_ é/";
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(4) == 0 ? 95 + random.nextInt(10) : 1 + random.nextInt(6);
            for (int c = 0; c < length; c++) {
                value.append(alphabet.charAt(random.nextInt(random.nextInt(4) == 0 ? alphabet.length() : 6)));
            }
            String candidate = value.toString();
            boolean accepted;
            try {
                ShopId.of(candidate);
                accepted = true;
            } catch (InvalidInputException e) {
                accepted = false;
            }

            assertEquals(documented.matcher(candidate).matches() && !candidate.isBlank(), accepted, "'" + candidate + "'");
        }
    }
}
