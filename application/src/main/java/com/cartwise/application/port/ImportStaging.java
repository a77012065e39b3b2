package com.cartwise.application.port;

import com.cartwise.application.jobs.JobId;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRecord;
import com.cartwise.domain.imports.MergeSummary;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.shop.ShopId;
import java.util.List;

/**
 * Where an import's records wait between reading and merging. Records are kept outside the
 * database while files are read (no connection, no transaction), loaded in bulk, checked on the
 * staged rows (orders split across the upload, rows given twice), and merged into the shop's
 * data in one short transaction: all of it or none.
 */
public interface ImportStaging {

    Stage open(ShopId shop, JobId job);

    interface Stage extends AutoCloseable {

        /** Keeps a record for loading. No database work. */
        void add(ImportRecord record);

        /** Keeps a refused row for the job's report (lenient imports). No database work. */
        void refuse(ImportProblem problem);

        /** File {@code fileIndex} was read whole, as this format; what its reader learnt from the whole file (e.g. how it writes dates). */
        void fileRead(int fileIndex, String fileName, UploadFormat format, FileFacts facts);

        /** Loads everything kept into the database's staging area; answers the rows loaded. */
        long load();

        /**
         * The problems only all staged rows together show. Strict: they are answered and nothing
         * changes (the caller refuses the upload). Lenient: their rows are taken out of the import
         * and recorded as refused, and the problems answered for the report.
         */
        List<ImportProblem> check(boolean lenient, int maxProblems);

        /** Merges the staged rows into the shop's data in one transaction, with the refused rows' report. */
        MergeSummary merge();

        /** Drops whatever is staged or kept; safe after a failure. */
        @Override
        void close();
    }
}
