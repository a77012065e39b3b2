package com.cartwise.application.access.keys;

import com.cartwise.application.access.IssuedKey;
import com.cartwise.application.access.KeyHolder;
import com.cartwise.application.access.KeyMaker;
import com.cartwise.application.access.OperatorKeySetting;
import com.cartwise.application.port.ApiKeys;
import java.time.Clock;

/**
 * Secure by default: at a start without a configured operator key and with none kept, one is
 * generated, kept as its hash, and handed back this once to be shown. Two replicas starting
 * together for the first time may each make one; both then work, and the configured key replaces
 * them all.
 */
public final class EnsureOperatorKey {
    private final ApiKeys keys;
    private final OperatorKeySetting setting;
    private final KeyMaker maker;
    private final Clock clock;

    public EnsureOperatorKey(ApiKeys keys, OperatorKeySetting setting, KeyMaker maker, Clock clock) {
        this.keys = keys;
        this.setting = setting;
        this.maker = maker;
        this.clock = clock;
    }

    public Result execute() {
        if (setting.configured()) {
            return new Result.Configured();
        }
        if (keys.hasOperatorKey()) {
            return new Result.Kept();
        }
        IssuedKey issued = maker.make(new KeyHolder.Operator(), "generated at first start", clock.instant());
        keys.add(issued.stored());
        return new Result.Generated(issued);
    }

    public sealed interface Result {
        record Configured() implements Result {
        }

        record Kept() implements Result {
        }

        record Generated(IssuedKey key) implements Result {
        }
    }
}
