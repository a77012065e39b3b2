package com.cartwise.domain.mining.spmf;

import com.cartwise.domain.mining.AssociationRule;
import com.cartwise.domain.mining.FrequentItemsets;
import com.cartwise.domain.mining.Itemset;
import com.cartwise.domain.mining.TransactionDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * Writes itemsets and rules in SPMF's text format, so SPMF and the tools that read its output can
 * take Cartwise's results: {@code 39 48 #SUP: 7366} per itemset and
 * {@code 39 ==> 48 #SUP: 7366 #CONF: 0.68 #LIFT: 1.23} per rule. Items are written as their
 * external ids (variant ids, or the numbers of the basket file), ascending; supports are absolute
 * counts; confidence and lift have at most five decimals (SPMF's own precision), rounded half to
 * even, without grouping separators.
 */
public final class SpmfWriter {
    private SpmfWriter() {
    }

    public static void writeItemsets(FrequentItemsets itemsets, Writer out) {
        TransactionDatabase database = itemsets.database();
        try {
            StringBuilder line = new StringBuilder(64);
            for (int i = 0; i < itemsets.size(); i++) {
                line.setLength(0);
                appendItems(line, itemsets.itemset(i), database);
                line.append(" #SUP: ").append(itemsets.supportCount(i)).append('\n');
                out.append(line);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeRules(List<AssociationRule> rules, TransactionDatabase database, Writer out) {
        try {
            StringBuilder line = new StringBuilder(96);
            for (AssociationRule rule : rules) {
                line.setLength(0);
                appendItems(line, rule.antecedent(), database);
                line.append(" ==> ");
                appendItems(line, rule.consequent(), database);
                line.append(" #SUP: ").append(rule.supportCount())
                        .append(" #CONF: ").append(decimal(rule.confidence()))
                        .append(" #LIFT: ").append(decimal(rule.lift())).append('\n');
                out.append(line);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** At most five decimals, half to even, plain: 0.68, 4.2, 1.33333. */
    static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static void appendItems(StringBuilder line, Itemset itemset, TransactionDatabase database) {
        long[] external = new long[itemset.size()];
        for (int j = 0; j < external.length; j++) {
            external[j] = database.externalId(itemset.item(j));
        }
        Arrays.sort(external);
        for (int j = 0; j < external.length; j++) {
            if (j > 0) {
                line.append(' ');
            }
            line.append(external[j]);
        }
    }
}
