package com.cartwise.persistence.shopify;

import com.cartwise.application.port.SecretBox;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@link SecretBox} with AES-256-GCM: each secret is sealed under a fresh random 96-bit nonce (the
 * size GCM is specified for, NIST SP 800-38D), which is stored in front of the ciphertext and its
 * 128-bit tag; the tag makes an altered or foreign ciphertext fail to open rather than open wrong.
 * The key is 32 random bytes, given in configuration as base64.
 */
public final class AesGcmSecretBox implements SecretBox {
    public static final String SETTING = "cartwise.shopify.token-encryption-key";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String MISSING = "No key to encrypt Shopify access tokens with is configured, so none is stored:"
            + " set " + SETTING + " (environment variable CARTWISE_SHOPIFY_TOKEN_ENCRYPTION_KEY) to 32 random bytes in base64,"
            + " for example the output of `openssl rand -base64 32`, and keep it as safe as the database's password";

    private final SecureRandom random = new SecureRandom();
    private final Optional<SecretKey> key;

    private AesGcmSecretBox(Optional<SecretKey> key) {
        this.key = key;
    }

    /**
     * @param base64Key the configured key; blank when none is configured
     * @throws IllegalArgumentException when a key is configured but is not 32 bytes of base64 (the message names the setting)
     */
    public static AesGcmSecretBox fromSetting(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            return new AesGcmSecretBox(Optional.empty());
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(SETTING + " is not base64: set it to the output of `openssl rand -base64 32`");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException(SETTING + " holds " + bytes.length + " bytes, but AES-256 needs 32:"
                    + " set it to the output of `openssl rand -base64 32`");
        }
        return new AesGcmSecretBox(Optional.of(new SecretKeySpec(bytes, "AES")));
    }

    @Override
    public boolean ready() {
        return key.isPresent();
    }

    @Override
    public String missingKey() {
        return MISSING;
    }

    @Override
    public byte[] seal(String secret) {
        SecretKey k = key.orElseThrow(() -> new IllegalStateException(MISSING));
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, k, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    @Override
    public String open(byte[] sealed) {
        SecretKey k = key.orElseThrow(() -> new IllegalStateException(MISSING));
        if (sealed.length <= NONCE_BYTES) {
            throw new IllegalStateException("a stored secret is too short to be sealed by Cartwise");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, k, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // Never the secret, never the key: only what the operator can act on.
            throw new IllegalStateException("a stored Shopify secret does not open with " + SETTING
                    + ": the key changed since it was stored, or the row was altered; connect the shop again");
        }
    }
}
