package com.cartwise.bootstrap.cli.mining;

import static com.cartwise.bootstrap.cli.mining.MineCommand.count;

import com.cartwise.application.mining.BasketFile;
import com.cartwise.application.mining.ReadBasketFile;
import com.cartwise.domain.mining.AssociationRule;
import com.cartwise.domain.mining.FpGrowth;
import com.cartwise.domain.mining.FrequentItemsets;
import com.cartwise.domain.mining.MiningParameters;
import com.cartwise.domain.mining.Progress;
import com.cartwise.domain.mining.RuleMiner;
import com.cartwise.domain.mining.RuleParameters;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The steps of {@code cartwise mine}, each told on stderr with what it found and how long it took. */
final class MiningRun {
    /** A step shorter than this says nothing until it ends. */
    private static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintWriter err;

    MiningRun(PrintWriter err) {
        this.err = err;
    }

    BasketFile read(ReadBasketFile reader, ReadBasketFile.Command command) {
        long start = System.nanoTime();
        BasketFile file = reader.read(command);
        var database = file.database();
        StringBuilder line = new StringBuilder("Read ").append(count(database.transactionCount())).append(" baskets of ")
                .append(count(database.itemCount())).append(" items from ").append(command.file().getFileName())
                .append(" (").append(file.format().wireName()).append(") in ").append(seconds(start));
        if (database.skippedBaskets() > 0) {
            line.append("; left out ").append(count(database.skippedBaskets())).append(" baskets of more than ")
                    .append(count(command.basketLimit().maxItems())).append(" items (--max-basket-size)");
        }
        if (file.leftOut() > 0) {
            line.append("; left out ").append(count(file.leftOut())).append(" cancelled or returned orders");
        }
        say(line.toString());
        return file;
    }

    FrequentItemsets mine(BasketFile file, MiningParameters parameters) {
        long start = System.nanoTime();
        FrequentItemsets itemsets = FpGrowth.mine(file.database(), parameters, new Percent("Mining", start));
        say("Mined " + count(itemsets.size()) + " frequent itemsets at a minimum support of " + parameters.minSupport() + " ("
                + count(itemsets.minCount()) + " of " + count(file.database().transactionCount()) + " baskets)"
                + (parameters.maxLength() == MiningParameters.NO_LENGTH_CAP ? "" : " of at most " + parameters.maxLength() + " items")
                + " in " + seconds(start));
        return itemsets;
    }

    List<AssociationRule> derive(FrequentItemsets itemsets, RuleParameters parameters) {
        long start = System.nanoTime();
        List<AssociationRule> rules = RuleMiner.rules(itemsets, parameters, new Percent("Deriving rules", start));
        say("Derived " + count(rules.size()) + " rules at a minimum confidence of " + parameters.minConfidence() + " in " + seconds(start));
        return rules;
    }

    void wrote(int written, String what, Path output) {
        if (output != null) {
            say("Wrote " + count(written) + " " + what + " to " + output);
        }
    }

    private void say(String line) {
        err.println(line);
        err.flush();
    }

    private static String seconds(long start) {
        return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - start) / 1e9);
    }

    /** A long step's share done, at most once a second, quiet for the first second. */
    private final class Percent implements Progress {
        private final String step;
        private long next;

        Percent(String step, long start) {
            this.step = step;
            this.next = start + QUIET_NANOS;
        }

        @Override
        public void report(double fractionDone) {
            long now = System.nanoTime();
            if (now >= next) {
                next = now + QUIET_NANOS;
                say(String.format(Locale.ROOT, "%s… %.0f%%", step, fractionDone * 100));
            }
        }

        @Override
        public boolean cancelRequested() {
            return false;
        }
    }
}
