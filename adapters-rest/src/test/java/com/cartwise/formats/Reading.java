package com.cartwise.formats;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.application.port.UploadFormats;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRecord;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.imports.ReadItem;
import com.cartwise.domain.imports.UploadFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a file to its end as an import job does, for the readers' specifications. */
public final class Reading {
    private Reading() {
    }

    /** Everything a file yielded: its records, the rows refused, and what the whole file told. */
    public record Read(List<ImportRecord> records, List<ImportProblem> refused, long rows, FileFacts facts) {
        public <T extends ImportRecord> List<T> of(Class<T> type) {
            return records.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    public static Read readAll(Path file, UploadFormat format) {
        try (UploadFormats.Reader reader = new FileFormats().open(file, file.getFileName().toString(), 0, format)) {
            List<ImportRecord> records = new ArrayList<>();
            List<ImportProblem> refused = new ArrayList<>();
            for (ReadItem item = reader.next(); item != null; item = reader.next()) {
                switch (item) {
                    case ReadItem.Read read -> records.add(read.record());
                    case ReadItem.Refused no -> refused.addAll(no.problems());
                }
            }
            return new Read(records, refused, reader.rowsRead(), reader.facts());
        }
    }

    /** The format the file's header shows. */
    public static UploadFormat detect(Path file) {
        return new FileFormats().detect(file, file.getFileName().toString(), Optional.empty());
    }

    /** The problem a strict import stops at: the file's (its header) or its first refused row's. */
    public static ImportProblem rejection(Path file, UploadFormat format) {
        try {
            Read read = readAll(file, format);
            if (read.refused().isEmpty()) {
                throw new AssertionError("the file was read without a problem: " + read.records().size() + " records");
            }
            return read.refused().getFirst();
        } catch (ImportRejectedException e) {
            return e.problem();
        }
    }

    /** A problem with the file as a whole, before any row: its header, its bytes. */
    public static ImportProblem fileRejection(Path file, UploadFormat format) {
        return assertThrows(ImportRejectedException.class, () -> readAll(file, format)).problem();
    }
}
