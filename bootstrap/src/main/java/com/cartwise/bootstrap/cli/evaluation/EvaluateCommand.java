package com.cartwise.bootstrap.cli.evaluation;

import com.cartwise.application.recommend.EvaluateBaskets;
import com.cartwise.application.recommend.offline.EvaluateBasketFiles;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.recommend.evaluation.EvaluationSettings;
import com.cartwise.domain.recommend.learning.Tunables;
import com.cartwise.formats.FileFormats;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Evaluates the recommender offline on files a merchant could import, with no server and no
 * database: the import's readers and rules make the baskets, a training's evaluation judges every
 * candidate scorer on them, and the table is printed (what was read goes to stderr).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluate the recommender offline on files Cartwise can import (Shopify products and orders exports,"
                + " transaction files, one basket per line ...), without a server or a database: the oldest orders train"
                + " every candidate scorer, the newest judge them, and the table of every measure at every K is printed"
                + " with the scorer a training would choose. Uses the default training settings."},
        exitCodeOnInvalidInput = EvaluateCommand.EXIT_USAGE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:evaluated; the table is printed",
            "1:wrong usage: an unknown option, a bad --format or --k, a file that cannot be read",
            "2:a file was refused as an import would refuse it; its file, line, column and value are printed",
            "3:the files hold no order line that names a variant (an orders export needs its products export)"})
public final class EvaluateCommand implements Callable<Integer> {
    static final int EXIT_EVALUATED = 0;
    static final int EXIT_USAGE = 1;
    static final int EXIT_REFUSED = 2;
    static final int EXIT_NOTHING_TO_EVALUATE = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "F", description = "Every file's format: orders, products, transactions,"
            + " baskets, run_orders ... (default: told from each file's header).")
    String format;

    @Option(names = "--k", split = ",", paramLabel = "K", description = "The K at which every measure is reported"
            + " (default: 2,5,10).")
    List<Integer> ks;

    @Option(names = "--csv", description = "Print CSV (scorer, role, chosen, protocol, cases, measure, k, value) instead of"
            + " a table.")
    boolean csv;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files, read together as one import would read them.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EvaluateBasketFiles.Command command = command();
        EvaluateBasketFiles evaluate = new EvaluateBasketFiles(new FileFormats(), new EvaluateBaskets(Tunables.DEFAULT));
        int exit = switch (evaluate.execute(command)) {
            case EvaluateBasketFiles.Result.Evaluated evaluated -> {
                describe(evaluated.read(), err);
                out.print(evaluated.evaluation().table(csv ? EvaluateBaskets.Format.CSV : EvaluateBaskets.Format.TEXT));
                yield EXIT_EVALUATED;
            }
            case EvaluateBasketFiles.Result.Refused refused -> {
                refuse(refused.problem(), err);
                yield EXIT_REFUSED;
            }
            case EvaluateBasketFiles.Result.NothingToEvaluate nothing -> {
                describe(nothing.read(), err);
                err.println("Nothing to evaluate: no order line names a variant of the catalogue these files give."
                        + " An orders export names its variants by SKU or line name: give its products export too.");
                yield EXIT_NOTHING_TO_EVALUATE;
            }
        };
        out.flush();
        err.flush();
        return exit;
    }

    private EvaluateBasketFiles.Command command() {
        for (Path file : files) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new ParameterException(spec.commandLine(), "FILE: " + file + " is not a file that can be read");
            }
        }
        try {
            Optional<UploadFormat> type = format == null ? Optional.empty() : Optional.of(UploadFormat.fromWireName(format));
            return new EvaluateBasketFiles.Command(files, type,
                    EvaluationSettings.DEFAULT.withKs(ks == null ? EvaluationSettings.DEFAULT_KS : ks));
        } catch (InvalidInputException e) {
            String option = e.field().equals("type") ? "--format" : "--" + e.field();
            throw new ParameterException(spec.commandLine(), option + ": " + e.problem());
        }
    }

    private static void describe(EvaluateBasketFiles.FilesRead read, PrintWriter err) {
        for (EvaluateBasketFiles.FileRead file : read.files()) {
            err.printf(Locale.ROOT, "%s (%s): %,d rows%n", file.file(), file.format().wireName(), file.rows());
            file.warnings().forEach(warning -> err.println("  warning: " + warning));
        }
        err.printf(Locale.ROOT, "%,d orders, %,d baskets from %,d lines (%,d name no variant)%n", read.orders(), read.baskets(),
                read.lines(), read.unmatchedLines());
    }

    private static void refuse(ImportProblem problem, PrintWriter err) {
        err.println("Refused, as an import would refuse it: " + problem.describe());
        if (!problem.value().isEmpty()) {
            err.println("  value: '" + problem.value() + "'");
        }
    }
}
