package com.cartwise.application.fakes;

import com.cartwise.application.flags.admin.ChangeFlag;
import com.cartwise.application.flags.FlagInput;
import com.cartwise.domain.shop.ShopId;
import java.util.Optional;

/** Sets flags in tests as an operator does, through the admin use case. */
public final class Flags {
    private Flags() {
    }

    public static ChangeFlag.Result.Changed set(InMemoryCartwise cartwise, Optional<ShopId> shop, String name, FlagInput value) {
        ChangeFlag.Result result = cartwise.changeFlag.execute(new ChangeFlag.Command(shop, name, Optional.of(value), "test"));
        if (!(result instanceof ChangeFlag.Result.Changed changed)) {
            throw new AssertionError("the flag was not set: " + result);
        }
        return changed;
    }
}
