package com.cartwise.domain.bundles;

import com.cartwise.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The identity of a bundle for deduplication: the first 128 bits of SHA-256 over
 * {@code type|objective|sorted variant ids} ({@code fbt|increase_aov|12,34}), in hex. Stable
 * across runs, machines and releases, so a bundle found again is recognised.
 */
public record BundleKey(String value) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{32}");

    public BundleKey {
        InvalidInputException.require(value != null && HEX.matcher(value).matches(), "bundle_key",
                "must be 32 lower-case hex digits, but was '" + value + "'");
    }

    public static BundleKey of(BundleType type, Objective objective, List<Long> variantIds) {
        String ids = variantIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        return new BundleKey(sha256Hex(type.wireName() + "|" + objective.wireName() + "|" + ids).substring(0, 32));
    }

    /** SHA-256 of UTF-8 text, in lower-case hex: content hashes for keys and caches. */
    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** 64 bits of the key, e.g. to seed a per-bundle random stream. */
    public long asLong() {
        return Long.parseUnsignedLong(value.substring(0, 16), 16);
    }

    @Override
    public String toString() {
        return value;
    }
}
