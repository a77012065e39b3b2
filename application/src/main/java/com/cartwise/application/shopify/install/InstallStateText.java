package com.cartwise.application.shopify.install;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.shop.ShopId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The {@code state} parameter of an install as Shopify echoes it back: the shop (so that the
 * remembered state is found under its shop, as every shop's row is) and the nonce.
 */
final class InstallStateText {
    private InstallStateText() {
    }

    static String of(ShopId shop, String nonce) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(shop.value().getBytes(StandardCharsets.UTF_8)) + "." + nonce;
    }

    record Parsed(ShopId shop, String nonce) {
    }

    static Optional<Parsed> parse(String state) {
        if (state == null) {
            return Optional.empty();
        }
        int dot = state.indexOf('.');
        if (dot <= 0 || dot == state.length() - 1) {
            return Optional.empty();
        }
        try {
            String shop = new String(Base64.getUrlDecoder().decode(state.substring(0, dot)), StandardCharsets.UTF_8);
            return Optional.of(new Parsed(ShopId.of(shop), state.substring(dot + 1)));
        } catch (IllegalArgumentException | InvalidInputException e) {
            // Not base64, or not a shop id: not a state Cartwise gave out.
            return Optional.empty();
        }
    }
}
