package com.cartwise.application.imports;

import com.cartwise.application.port.UploadFormats;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRecord;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.imports.ReadItem;
import com.cartwise.domain.imports.UploadFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * File formats whose files hold what a test scripts, by file name: a format (or a header that is
 * refused), then records and refused rows in order, and what the whole file tells. Steps may also
 * be things that happen while the file is read (a cancel request arriving). It records which
 * files were opened, so a test can tell that a file was never read.
 */
final class ScriptedFormats implements UploadFormats {
    private final Map<String, Script> scripts = new HashMap<>();
    private final List<String> opened = new ArrayList<>();

    /** Scripts the file of this name: a file of this format, read as the steps added to the answer say. */
    Script file(String fileName, UploadFormat format) {
        Script script = new Script(fileName, format);
        scripts.put(fileName, script);
        return script;
    }

    List<String> opened() {
        return List.copyOf(opened);
    }

    @Override
    public UploadFormat detect(Path file, String fileName, Optional<UploadFormat> requested) {
        Script script = script(fileName);
        if (script.refusedHeader != null) {
            throw new ImportRejectedException(script.refusedHeader);
        }
        return requested.orElse(script.format);
    }

    @Override
    public Reader open(Path file, String fileName, int fileIndex, UploadFormat format) {
        opened.add(fileName);
        return new ScriptedReader(script(fileName));
    }

    private Script script(String fileName) {
        Script script = scripts.get(fileName);
        if (script == null) {
            throw new IllegalStateException("no script for " + fileName);
        }
        return script;
    }

    /** One file's script. */
    static final class Script {
        private final String fileName;
        private final UploadFormat format;
        private final List<Step> steps = new ArrayList<>();
        private FileFacts facts = FileFacts.plain(List.of());
        private ImportProblem refusedHeader;

        private Script(String fileName, UploadFormat format) {
            this.fileName = fileName;
            this.format = format;
        }

        /** A record, which took as many rows as it stands for. */
        Script read(ImportRecord... records) {
            for (ImportRecord record : records) {
                steps.add(new Step(new ReadItem.Read(record), record.rows(), null));
            }
            return this;
        }

        /** Rows the reader refused, one row per problem. */
        Script refused(ImportProblem... problems) {
            steps.add(new Step(new ReadItem.Refused(List.of(problems)), problems.length, null));
            return this;
        }

        /** Something that happens once the steps before it were read. */
        Script then(Runnable happening) {
            steps.add(new Step(null, 0, happening));
            return this;
        }

        Script facts(FileFacts fileFacts) {
            this.facts = fileFacts;
            return this;
        }

        /** The file's header fits no format: detecting it is refused with this problem. */
        Script headerRefused(String message) {
            this.refusedHeader = new ImportProblem(fileName, 1, 0, "", message);
            return this;
        }
    }

    private record Step(ReadItem item, long rows, Runnable happening) {
    }

    private static final class ScriptedReader implements Reader {
        private final Script script;
        private int next;
        private long rows;

        ScriptedReader(Script script) {
            this.script = script;
        }

        @Override
        public ReadItem next() {
            while (next < script.steps.size()) {
                Step step = script.steps.get(next++);
                if (step.happening() != null) {
                    step.happening().run();
                } else {
                    rows += step.rows();
                    return step.item();
                }
            }
            return null;
        }

        @Override
        public long rowsRead() {
            return rows;
        }

        @Override
        public long bytesRead() {
            return rows;
        }

        @Override
        public FileFacts facts() {
            return script.facts;
        }

        @Override
        public void close() {
        }
    }
}
