package com.cartwise.application.recommend.offline;

import com.cartwise.application.port.UploadFormats;
import com.cartwise.application.recommend.EvaluateBaskets;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.imports.ReadItem;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.recommend.evaluation.EvaluationSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Offline evaluation of the files a merchant would import, without a server or a database: the
 * files are read by the import's own readers, their orders become baskets by the import's rules
 * (see {@link OfflineShop}), and {@link EvaluateBaskets} evaluates them as a training would. A file
 * the import would refuse is refused here too, with the same problem, file, line and column.
 */
public final class EvaluateBasketFiles {
    private final UploadFormats formats;
    private final EvaluateBaskets evaluateBaskets;

    public EvaluateBasketFiles(UploadFormats formats, EvaluateBaskets evaluateBaskets) {
        this.formats = formats;
        this.evaluateBaskets = evaluateBaskets;
    }

    /**
     * @param files read together as one upload: a products export with its orders export, or basket files alone
     * @param format every file's format; empty: told from each file's header
     */
    public record Command(List<Path> files, Optional<UploadFormat> format, EvaluationSettings settings) {
        public Command {
            InvalidInputException.require(files != null && !files.isEmpty(), "files", "at least one file is needed");
            InvalidInputException.require(format != null, "format", "is required (empty: told from each file's header)");
            InvalidInputException.require(settings != null, "settings", "are required");
            files = List.copyOf(files);
        }
    }

    public sealed interface Result {
        /** @param read what the files held; {@code evaluation} the table and the scorer a training would choose */
        record Evaluated(FilesRead read, EvaluateBaskets.Result evaluation) implements Result {
        }

        /** A file the import would refuse: nothing was evaluated. */
        record Refused(ImportProblem problem) implements Result {
        }

        /** The files were read, but no order line names a variant: there are no baskets to evaluate. */
        record NothingToEvaluate(FilesRead read) implements Result {
        }
    }

    /**
     * @param orders orders read, each once (cancelled ones included)
     * @param lines lines that could make baskets (not cancelled, returned or refunded)
     * @param unmatchedLines of those, the lines that name no variant of the catalogue the files give
     */
    public record FilesRead(List<FileRead> files, long orders, int baskets, long lines, long unmatchedLines) {
        public FilesRead {
            files = List.copyOf(files);
        }
    }

    /** @param warnings what the reader says the merchant should know about how the file was read */
    public record FileRead(String file, UploadFormat format, long rows, List<String> warnings) {
        public FileRead {
            warnings = List.copyOf(warnings);
        }
    }

    public Result execute(Command command) {
        List<String> names = command.files().stream().map(Path::toString).toList();
        try {
            List<UploadFormat> detected = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                detected.add(formats.detect(command.files().get(i), names.get(i), command.format()));
            }
            OfflineShop shop = new OfflineShop(names);
            List<FileRead> read = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                Optional<ImportProblem> refused = readFile(command.files().get(i), i, detected.get(i), shop, read);
                if (refused.isPresent()) {
                    return new Result.Refused(refused.get());
                }
            }
            OfflineShop.Baskets made = shop.baskets();
            FilesRead summary = new FilesRead(read, made.orders(), made.baskets().size(), made.lines(), made.unmatchedLines());
            if (made.baskets().isEmpty()) {
                return new Result.NothingToEvaluate(summary);
            }
            return new Result.Evaluated(summary, evaluateBaskets.execute(new EvaluateBaskets.Command(made.baskets(),
                    command.settings())));
        } catch (ImportRejectedException e) {
            return new Result.Refused(e.problem());
        }
    }

    private Optional<ImportProblem> readFile(Path file, int index, UploadFormat format, OfflineShop shop, List<FileRead> read) {
        String name = shop.fileName(index);
        try (UploadFormats.Reader reader = formats.open(file, name, index, format)) {
            Optional<UploadProblem> problem = Optional.empty();
            for (ReadItem item = reader.next(); item != null; item = reader.next()) {
                switch (item) {
                    // After a problem the file is read to its end only for its facts (the problem's column).
                    case ReadItem.Read r -> problem = problem.isPresent() ? problem : shop.add(r.record(), format);
                    case ReadItem.Refused refused -> {
                        return Optional.of(refused.problems().getFirst());
                    }
                }
            }
            if (reader.rowsRead() == 0) {
                return Optional.of(new ImportProblem(name, 2, 0, "", "has its header line and no row after it: there is nothing"
                        + " to evaluate"));
            }
            FileFacts facts = reader.facts();
            shop.fileRead(index, facts);
            read.add(new FileRead(name, format, reader.rowsRead(), facts.warnings()));
            return problem.map(p -> p.in(name, facts));
        }
    }
}
