package com.cartwise.domain.analytics.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.VariantKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HoldoutSplitTest {

    @Test
    void theSameKeyAlwaysLandsInTheSameArm() {
        HoldoutSplit split = new HoldoutSplit("alpine#1", 0.2);
        HoldoutSplit sameExperimentElsewhere = new HoldoutSplit("alpine#1", 0.2);

        for (int i = 0; i < 1000; i++) {
            assertEquals(split.armOf("session-" + i), sameExperimentElsewhere.armOf("session-" + i));
        }
    }

    @Test
    void theControlShareIsCloseToTheExperimentsShareOverManyCarts() {
        // 100 000 carts at 0.2: the binomial's standard deviation is sqrt(0.2 * 0.8 / 100 000) = 0.00126; 4 of them is 0.005
        for (double share : new double[] {0.05, 0.2, 0.5}) {
            HoldoutSplit split = new HoldoutSplit("alpine#" + share, share);
            int control = 0;
            for (int i = 0; i < 100_000; i++) {
                control += split.armOf("session-" + i) == Arm.CONTROL ? 1 : 0;
            }
            assertEquals(share, control / 100_000.0, 4 * Math.sqrt(share * (1 - share) / 100_000), "share " + share);
        }
    }

    @Test
    void aNewExperimentDrawsTheArmsAnew() {
        HoldoutSplit first = new HoldoutSplit("alpine#1", 0.5);
        HoldoutSplit second = new HoldoutSplit("alpine#2", 0.5);
        int same = 0;
        for (int i = 0; i < 10_000; i++) {
            same += first.armOf("s" + i) == second.armOf("s" + i) ? 1 : 0;
        }
        // independent halves agree about half the time: 5000 +- 4 * 50
        assertEquals(5000, same, 200);
    }

    @Test
    void hashesTheUtf8BytesOfSaltSeparatorAndKeyAsFnv1aFinishedBySplitMix64() {
        // the reference: the bytes as getBytes builds them, hashed one by one
        HoldoutSplit split = new HoldoutSplit("alpine#1", 0.3);
        for (String key : List.of("", "session:a", "cart:id:3\u001fsku:WAX", "séance-été", "€uro", "\uD83C\uDFBF ski", "lone \uD800 surrogate")) {
            long hash = 0xcbf29ce484222325L;
            for (byte b : ("alpine#1" + '\u001e' + key).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
            }
            hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
            hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
            hash ^= hash >>> 31;
            assertEquals((hash >>> 11) * 0x1.0p-53, split.position(key), key);
        }
    }

    @Test
    void aSessionsArmIsTheArmOfItsKey() {
        HoldoutSplit split = new HoldoutSplit("alpine#1", 0.5);
        for (int i = 0; i < 1000; i++) {
            String session = "till-" + i + "-été";
            assertEquals(split.armOf(HoldoutSplit.keyOf(Optional.of(session), List.of())), split.armOfSession(session));
        }
    }

    @Test
    void aShareOfOneSendsEveryCartToControl() {
        HoldoutSplit all = new HoldoutSplit("alpine#1", 1);
        for (int i = 0; i < 1000; i++) {
            assertEquals(Arm.CONTROL, all.armOf("s" + i));
        }
    }

    @Test
    void aShareOfZeroSendsNoCartToControl() {
        HoldoutSplit none = new HoldoutSplit("alpine#1", 0);
        for (int i = 0; i < 1000; i++) {
            assertEquals(Arm.TREATMENT, none.armOf("s" + i));
        }
    }

    @Test
    void withoutASessionTheCartsSortedKeysAreTheKeySoItsOrderDoesNotMatter() {
        List<VariantKey> cart = List.of(new VariantKey.BySku("WAX"), new VariantKey.ByShopifyVariantId(7), new VariantKey.ById(3));
        List<VariantKey> reordered = List.of(new VariantKey.ById(3), new VariantKey.BySku("WAX"), new VariantKey.ByShopifyVariantId(7));

        assertEquals(HoldoutSplit.keyOf(Optional.empty(), cart), HoldoutSplit.keyOf(Optional.empty(), reordered));
        assertNotEquals(HoldoutSplit.keyOf(Optional.empty(), cart), HoldoutSplit.keyOf(Optional.of("till-7:cart-1"), cart));
        assertEquals("session:till-7:cart-1", HoldoutSplit.keyOf(Optional.of("till-7:cart-1"), cart));
    }

    @Test
    void refusesAShareOutsideZeroToOne() {
        assertEquals("share", assertThrows(InvalidInputException.class, () -> new HoldoutSplit("x", 1.01)).field());
        assertEquals("share", assertThrows(InvalidInputException.class, () -> new HoldoutSplit("x", -0.1)).field());
    }
}
