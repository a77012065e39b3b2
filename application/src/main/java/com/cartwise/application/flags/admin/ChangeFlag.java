package com.cartwise.application.flags.admin;

import com.cartwise.application.flags.Flag;
import com.cartwise.application.flags.FlagCatalogue;
import com.cartwise.application.flags.FlagChange;
import com.cartwise.application.flags.FlagInput;
import com.cartwise.application.flags.FlagView;
import com.cartwise.application.flags.TextCheck;
import com.cartwise.application.flags.TextRule;
import com.cartwise.application.flags.values.FlagValues;

import com.cartwise.application.port.FeatureFlags;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The operator sets a flag's global value or a shop's own, or removes it (the shop then follows
 * the global value, the global value its default). The value is checked against the flag's type,
 * range and rule before anything is written; the change goes into the audit trail with who made
 * it, and this instance applies it at once (the others at their next refresh).
 */
public final class ChangeFlag {
    private final Shops shops;
    private final FeatureFlags store;
    private final FlagValues values;
    private final Map<TextRule, TextCheck> checks;
    private final Clock clock;

    /** @param checks a check for every {@link TextRule} */
    public ChangeFlag(Shops shops, FeatureFlags store, FlagValues values, Map<TextRule, TextCheck> checks, Clock clock) {
        for (TextRule rule : TextRule.values()) {
            if (!checks.containsKey(rule)) {
                throw new IllegalArgumentException("no check for string flags of rule " + rule);
            }
        }
        this.shops = shops;
        this.store = store;
        this.values = values;
        this.checks = new EnumMap<>(checks);
        this.clock = clock;
    }

    /**
     * @param shop  empty for the global value
     * @param value empty to remove the value
     * @param actor who asks, as the request names them
     */
    public record Command(Optional<ShopId> shop, String name, Optional<FlagInput> value, String actor) {
        public Command {
            InvalidInputException.require(shop != null && value != null, "value", "a change names its scope and value");
            InvalidInputException.require(name != null && !name.isBlank(), "name", "is required");
            InvalidInputException.require(actor != null && !actor.isBlank(), "actor", "is required");
        }
    }

    /** @throws InvalidInputException naming {@code name} (an unknown flag) or {@code value} (a value the flag refuses) */
    public Result execute(Command command) {
        Flag flag = FlagCatalogue.require(command.name());
        Optional<String> value = command.value().map(input -> checked(flag, input));
        if (command.shop().isPresent() && shops.find(command.shop().get()).isEmpty()) {
            return new Result.ShopNotFound(command.shop().get());
        }
        FlagChange change = store.set(command.shop(), flag.name(), value, command.actor(), clock.instant());
        values.refresh();
        return new Result.Changed(change, FlagView.of(flag, command.shop(), store.load()));
    }

    private String checked(Flag flag, FlagInput input) {
        String value = flag.accept(input);
        flag.rule().ifPresent(rule -> {
            try {
                checks.get(rule).check(value);
            } catch (InvalidInputException e) {
                throw new InvalidInputException("value", flag.name() + ": " + e.problem());
            }
        });
        return value;
    }

    public sealed interface Result {
        record Changed(FlagChange change, FlagView view) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }
    }
}
