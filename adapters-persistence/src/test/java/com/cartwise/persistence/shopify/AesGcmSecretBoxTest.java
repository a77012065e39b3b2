package com.cartwise.persistence.shopify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Tokens sealed with AES-256-GCM: only the key opens them, a changed byte is noticed, the same token never seals the same. */
class AesGcmSecretBoxTest {
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[] {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
    private static final String TOKEN = "shpat_0123456789abcdef";

    private final AesGcmSecretBox box = AesGcmSecretBox.fromSetting(KEY);

    @Test
    void aSealedTokenOpensToItselfAndHoldsNoTraceOfIt() {
        byte[] sealed = box.seal(TOKEN);

        assertEquals(TOKEN, box.open(sealed));
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("shpat"));
        assertEquals(12 + TOKEN.length() + 16, sealed.length, "nonce, ciphertext, tag");
    }

    @Test
    void theSameTokenSealsDifferentlyEachTime() {
        assertFalse(Arrays.equals(box.seal(TOKEN), box.seal(TOKEN)));
    }

    @Test
    void aChangedByteOrAnotherKeyDoesNotOpenAndSaysWhatToDo() {
        byte[] sealed = box.seal(TOKEN);
        sealed[20] ^= 1;
        String other = Base64.getEncoder().encodeToString(new byte[32]);

        IllegalStateException altered = assertThrows(IllegalStateException.class, () -> box.open(sealed));
        IllegalStateException foreign = assertThrows(IllegalStateException.class,
                () -> AesGcmSecretBox.fromSetting(other).open(box.seal(TOKEN)));

        assertTrue(altered.getMessage().contains("connect the shop again"));
        assertFalse(foreign.getMessage().contains(TOKEN));
    }

    @Test
    void withoutAKeyNothingIsSealedAndTheReasonNamesTheSetting() {
        AesGcmSecretBox none = AesGcmSecretBox.fromSetting("");

        assertFalse(none.ready());
        assertTrue(none.missingKey().contains("cartwise.shopify.token-encryption-key"));
        assertTrue(none.missingKey().contains("openssl rand -base64 32"));
        assertThrows(IllegalStateException.class, () -> none.seal(TOKEN));
    }

    @Test
    void aKeyThatIsNotThirtyTwoBytesOfBase64IsRefusedAtStart() {
        IllegalArgumentException shortKey = assertThrows(IllegalArgumentException.class,
                () -> AesGcmSecretBox.fromSetting(Base64.getEncoder().encodeToString(new byte[16])));
        IllegalArgumentException notBase64 = assertThrows(IllegalArgumentException.class, () -> AesGcmSecretBox.fromSetting("not*base64"));

        assertTrue(shortKey.getMessage().contains("16 bytes"));
        assertTrue(notBase64.getMessage().contains("not base64"));
    }
}
