package com.cartwise.formats.reading;

import com.cartwise.application.port.UploadFormats;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRecord;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.imports.ReadItem;
import com.cartwise.formats.csv.CsvFile;
import com.cartwise.formats.csv.CsvRow;
import java.util.ArrayList;
import java.util.List;

/**
 * A file read as a stream of records, where one record may take several rows (an order's lines)
 * or one row may be refused without stopping the file: subclasses say how rows become records,
 * this class keeps the row count, the warnings and the file's place in its upload.
 */
public abstract class RowReader implements UploadFormats.Reader {
    protected final CsvFile csv;
    protected final int fileIndex;
    private final List<String> warnings = new ArrayList<>();
    private long rows;

    protected RowReader(CsvFile csv, int fileIndex) {
        this.csv = csv;
        this.fileIndex = fileIndex;
    }

    /** The next record or refusal; null at the end of the file. */
    protected abstract ReadItem readItem();

    @Override
    public final ReadItem next() {
        return readItem();
    }

    /** The next data row, or null at the end of the file. */
    protected final CsvRow nextRow() {
        if (!csv.hasNext()) {
            return null;
        }
        rows++;
        return csv.next();
    }

    protected final void warn(String warning) {
        warnings.add(warning);
    }

    protected final List<String> warnings() {
        return List.copyOf(warnings);
    }

    protected static ReadItem read(ImportRecord record) {
        return new ReadItem.Read(record);
    }

    protected static ReadItem refused(ImportRejectedException e) {
        return new ReadItem.Refused(List.of(e.problem()));
    }

    protected static ReadItem refused(List<ImportProblem> problems) {
        return new ReadItem.Refused(problems);
    }

    @Override
    public final long rowsRead() {
        return rows;
    }

    @Override
    public final long bytesRead() {
        return csv.bytesRead();
    }

    @Override
    public FileFacts facts() {
        return FileFacts.plain(warnings());
    }

    @Override
    public final void close() {
        csv.close();
    }

    /** Reads one row as one record; a row problem refuses the row alone. */
    public abstract static class OneRowPerRecord extends RowReader {
        protected OneRowPerRecord(CsvFile csv, int fileIndex) {
            super(csv, fileIndex);
        }

        /** The row's record; null for a row that holds none (it still counts as read and imported). */
        protected abstract ImportRecord record(CsvRow row);

        @Override
        protected final ReadItem readItem() {
            for (CsvRow row = nextRow(); row != null; row = nextRow()) {
                try {
                    row.checkFieldCount();
                    ImportRecord record = record(row);
                    if (record != null) {
                        return read(record);
                    }
                } catch (ImportRejectedException e) {
                    return refused(e);
                }
            }
            return null;
        }
    }
}
