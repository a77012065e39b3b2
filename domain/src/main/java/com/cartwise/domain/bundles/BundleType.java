package com.cartwise.domain.bundles;

/** How a bundle is sold. */
public enum BundleType {
    /** Frequently bought together: 2-3 different variants at one bundle price. */
    FBT("fbt", 2, 3),
    /** Quantity breaks on one variant: buy 2, buy 3, each at a larger discount. */
    VOLUME("volume", 1, 1),
    /** Buy one, get one at a discount: the same variant, or a second, cheaper one. */
    BOGO("bogo", 1, 2),
    /** Pick any few of a set of 3-5 variants at one discount. */
    MIX_AND_MATCH("mix_and_match", 3, 5);

    private final String wireName;
    private final int minVariants;
    private final int maxVariants;

    BundleType(String wireName, int minVariants, int maxVariants) {
        this.wireName = wireName;
        this.minVariants = minVariants;
        this.maxVariants = maxVariants;
    }

    public String wireName() {
        return wireName;
    }

    public int minVariants() {
        return minVariants;
    }

    public int maxVariants() {
        return maxVariants;
    }

    public static BundleType fromWireName(String name) {
        return WireNames.parse(values(), BundleType::wireName, name, "bundle_type", "a bundle type");
    }
}
