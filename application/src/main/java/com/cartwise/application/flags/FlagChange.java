package com.cartwise.application.flags;

import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of the flags' audit trail: who changed which value, when, from what to what.
 *
 * @param id       ascending in the order changes were made
 * @param shop     the shop whose value changed; empty for the global value
 * @param oldValue empty when the value was not set
 * @param newValue empty when the value was removed (the shop follows the global value again, the global one its default)
 * @param actor    the caller, as the request named itself
 */
public record FlagChange(long id, Optional<ShopId> shop, String name, Optional<String> oldValue, Optional<String> newValue,
                         String actor, Instant at) {
}
