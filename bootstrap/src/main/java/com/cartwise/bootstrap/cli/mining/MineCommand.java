package com.cartwise.bootstrap.cli.mining;

import com.cartwise.application.mining.BasketFile;
import com.cartwise.application.mining.BasketFileFormat;
import com.cartwise.application.mining.ReadBasketFile;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.mining.AssociationRule;
import com.cartwise.domain.mining.BasketSizeLimit;
import com.cartwise.domain.mining.FrequentItemsets;
import com.cartwise.domain.mining.MinSupport;
import com.cartwise.domain.mining.MiningLimitExceededException;
import com.cartwise.domain.mining.MiningLimits;
import com.cartwise.domain.mining.MiningParameters;
import com.cartwise.domain.mining.RuleParameters;
import com.cartwise.domain.mining.spmf.SpmfFormatException;
import com.cartwise.formats.FileFormats;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Mines a basket file offline, with no server and no database: FP-Growth's frequent itemsets, or
 * the association rules derived from them, in SPMF's text format. Progress goes to stderr, results
 * to stdout or a file (written whole or not at all).
 */
@Command(name = "mine", mixinStandardHelpOptions = true, sortOptions = false,
        defaultValueProvider = MiningDefaults.class,
        description = {"Mine a basket file offline (no server, no database): the frequent itemsets by FP-Growth, or with --rules"
                + " the association rules, in SPMF's text format (39 48 #SUP: 7366; 39 ==> 48 #SUP: 7366 #CONF: 0.68 #LIFT: 1.23).",
            "Reads SPMF/FIMI files (item numbers separated by spaces), files of one basket per line with named items (commas),"
                + " transaction files and Shopify orders exports. Named items are numbered in order of first appearance;"
                + " the output starts with SPMF's @CONVERTED_FROM_TEXT and an @ITEM=number=name line per item."},
        exitCodeOnInvalidInput = MineCommand.EXIT_USAGE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:mined, and the results written",
            "1:wrong usage: an unknown option or a bad value, a file that cannot be read",
            "2:the file is not one of baskets: its first bad token or refused row is printed with its line and column",
            "3:a guard against explosion stopped mining (too many frequent items, itemsets or rules): what to change is printed",
            "4:the results cannot be written"})
public final class MineCommand implements Callable<Integer> {
    static final int EXIT_MINED = 0;
    static final int EXIT_USAGE = 1;
    static final int EXIT_BAD_FILE = 2;
    static final int EXIT_GUARD = 3;
    static final int EXIT_NOT_WRITTEN = 4;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The basket file to mine.")
    Path file;

    @Option(names = "--min-support", required = true, paramLabel = "S", converter = MinSupportConverter.class,
            description = "How often an itemset must occur: a share of the baskets (0.001, or 0.1%%), or a number of baskets (89).")
    MinSupport minSupport;

    @Option(names = "--max-len", paramLabel = "N", description = "The most items an itemset may have (default: no cap).")
    Integer maxLength;

    @Option(names = "--rules", description = "Write association rules instead of itemsets (needs --min-confidence).")
    boolean rules;

    @Option(names = "--min-confidence", paramLabel = "C", description = "The least confidence a rule must have, in [0, 1]; implies --rules.")
    Double minConfidence;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the results to this file instead of stdout.")
    Path output;

    @Option(names = "--format", paramLabel = "F", defaultValue = "auto",
            description = "auto (default: told from the file), spmf, baskets, transactions or orders.")
    String format;

    @Option(names = "--max-basket-size", paramLabel = "N",
            description = "Baskets of more distinct items are left out, and counted (default: ${DEFAULT-VALUE}).")
    int maxBasketSize;

    @Option(names = "--max-frequent-items", paramLabel = "N",
            description = "Stop when more items than this reach the minimum support (default: ${DEFAULT-VALUE}).")
    int maxFrequentItems;

    @Option(names = "--max-itemsets", paramLabel = "N", description = "Stop at more frequent itemsets than this (default: ${DEFAULT-VALUE}).")
    int maxItemsets;

    @Option(names = "--max-rules", paramLabel = "N", description = "Stop at more rules than this (default: ${DEFAULT-VALUE}).")
    int maxRules;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        MiningRun run = new MiningRun(err);
        BasketFile baskets;
        MiningParameters parameters;
        try {
            validateUsage();
            parameters = new MiningParameters(minSupport, maxLength == null ? MiningParameters.NO_LENGTH_CAP : maxLength,
                    new MiningLimits(maxFrequentItems, maxItemsets, maxRules));
            baskets = run.read(new ReadBasketFile(new FileFormats()),
                    new ReadBasketFile.Command(file, BasketFileFormat.fromWireName(format), new BasketSizeLimit(maxBasketSize,
                            BasketSizeLimit.Oversized.SKIP)));
        } catch (InvalidInputException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (UncheckedIOException e) {
            return fail(err, EXIT_USAGE, "Cannot read " + file + ": " + ioProblem(e));
        } catch (SpmfFormatException e) {
            return fail(err, EXIT_BAD_FILE, file.getFileName() + " " + e.getMessage());
        } catch (ImportRejectedException e) {
            return fail(err, EXIT_BAD_FILE, e.problem().describe());
        }
        try {
            FrequentItemsets itemsets = run.mine(baskets, parameters);
            if (rules) {
                List<AssociationRule> derived = run.derive(itemsets, RuleParameters.minConfidence(minConfidence));
                return write(run, SpmfOutput.rules(derived, baskets), derived.size(), "rules");
            }
            return write(run, SpmfOutput.itemsets(itemsets, baskets), itemsets.size(), "itemsets");
        } catch (MiningLimitExceededException e) {
            return fail(err, EXIT_GUARD, "Mining stopped (" + e.code() + "): " + e.getMessage() + " Option: "
                    + MiningDefaults.optionOf(e.limit()) + ".");
        }
    }

    private void validateUsage() {
        if (minConfidence != null) {
            rules = true;
        } else if (rules) {
            throw new ParameterException(spec.commandLine(), "--rules needs --min-confidence, e.g. --min-confidence 0.3");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ParameterException(spec.commandLine(), "Cannot read " + file + ": no such readable file");
        }
    }

    private int write(MiningRun run, SpmfOutput.Content content, int count, String what) {
        try {
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                content.writeTo(out);
                out.flush();
            } else {
                SpmfOutput.toFile(output, content);
            }
        } catch (IOException | UncheckedIOException e) {
            return fail(spec.commandLine().getErr(), EXIT_NOT_WRITTEN, "Cannot write " + (output == null ? "the results" : output) + ": "
                    + e.getMessage());
        }
        run.wrote(count, what, output);
        return EXIT_MINED;
    }

    private static String ioProblem(UncheckedIOException e) {
        return e.getCause() == null ? e.getMessage() : e.getCause().getClass().getSimpleName() + " " + e.getCause().getMessage();
    }

    private static int fail(PrintWriter err, int exit, String message) {
        err.println(message);
        err.flush();
        return exit;
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
