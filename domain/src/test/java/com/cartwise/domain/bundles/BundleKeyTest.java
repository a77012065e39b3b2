package com.cartwise.domain.bundles;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BundleKeyTest {
    @Test
    void isTheFirstHalfOfTheSha256OfTypeObjectiveAndSortedVariants() {
        // python3 -c "import hashlib; print(hashlib.sha256(b'fbt|increase_aov|12,34').hexdigest()[:32])"
        assertEquals("2176d63657d11a9abca7a9ccb75014cb", BundleKey.of(BundleType.FBT, Objective.INCREASE_AOV, List.of(34L, 12L)).value());
    }

    @Test
    void theOrderOfTheVariantsDoesNotMatterButTypeAndObjectiveDo() {
        BundleKey key = BundleKey.of(BundleType.FBT, Objective.INCREASE_AOV, List.of(12L, 34L));

        assertEquals(key, BundleKey.of(BundleType.FBT, Objective.INCREASE_AOV, List.of(34L, 12L)));
        assertNotEquals(key, BundleKey.of(BundleType.BOGO, Objective.INCREASE_AOV, List.of(12L, 34L)));
        assertNotEquals(key, BundleKey.of(BundleType.FBT, Objective.MARGIN_GUARD, List.of(12L, 34L)));
        assertNotEquals(key, BundleKey.of(BundleType.FBT, Objective.INCREASE_AOV, List.of(12L, 35L)));
    }

    @Test
    void givesSixtyFourBitsForSeeding() {
        assertEquals(Long.parseUnsignedLong("2176d63657d11a9a", 16),
                BundleKey.of(BundleType.FBT, Objective.INCREASE_AOV, List.of(12L, 34L)).asLong());
    }

    @Test
    void acceptsOnlyThirtyTwoHexDigits() {
        assertRejected("bundle_key", () -> new BundleKey("XYZ"));
    }
}
