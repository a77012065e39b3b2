package com.cartwise.bootstrap.cli.mining;

import com.cartwise.domain.mining.BasketSizeLimit;
import com.cartwise.domain.mining.MiningLimits;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The mining guards' defaults are the domain's ({@link MiningLimits#DEFAULTS}, {@link BasketSizeLimit#DEFAULT}), not copies. */
final class MiningDefaults implements IDefaultValueProvider {

    @Override
    public String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option)) {
            return null;
        }
        return switch (option.longestName()) {
            case "--max-basket-size" -> String.valueOf(BasketSizeLimit.DEFAULT.maxItems());
            case "--max-frequent-items" -> String.valueOf(MiningLimits.DEFAULTS.maxFrequentItems());
            case "--max-itemsets" -> String.valueOf(MiningLimits.DEFAULTS.maxItemsets());
            case "--max-rules" -> String.valueOf(MiningLimits.DEFAULTS.maxRules());
            default -> null;
        };
    }

    /** The option that sets a domain limit: max_itemsets is --max-itemsets. */
    static String optionOf(String limit) {
        return "--" + limit.replace('_', '-');
    }
}
