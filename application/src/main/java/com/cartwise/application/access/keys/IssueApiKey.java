package com.cartwise.application.access.keys;

import com.cartwise.application.access.IssuedKey;
import com.cartwise.application.access.KeyHolder;
import com.cartwise.application.access.KeyMaker;
import com.cartwise.application.port.ApiKeys;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;

/** The operator gives a shop a new API key (for a till, a POS extension, the dashboard); its text is shown once. */
public final class IssueApiKey {
    private final Shops shops;
    private final ApiKeys keys;
    private final KeyMaker maker;
    private final Clock clock;

    public IssueApiKey(Shops shops, ApiKeys keys, KeyMaker maker, Clock clock) {
        this.shops = shops;
        this.keys = keys;
        this.maker = maker;
        this.clock = clock;
    }

    public Result execute(Command command) {
        if (shops.find(command.shop()).isEmpty()) {
            return new Result.ShopNotFound(command.shop());
        }
        IssuedKey issued = maker.make(new KeyHolder.OneShop(command.shop()), command.label(), clock.instant());
        keys.add(issued.stored());
        return new Result.Issued(issued);
    }

    /** @param label what the merchant calls the key; empty for none */
    public record Command(ShopId shop, String label) {
        static final int MAX_LABEL = 200;

        public Command {
            InvalidInputException.require(shop != null, "shop_id", "is required");
            label = label == null ? "" : label.strip();
            InvalidInputException.require(label.length() <= MAX_LABEL, "label", "must be at most " + MAX_LABEL + " characters");
            InvalidInputException.requireNoNul(label, "label");
        }
    }

    public sealed interface Result {
        record Issued(IssuedKey key) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }
    }
}
