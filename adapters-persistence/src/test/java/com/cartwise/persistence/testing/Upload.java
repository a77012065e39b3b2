package com.cartwise.persistence.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.cartwise.application.imports.ImportRequest;
import com.cartwise.application.imports.UploadedFile;
import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.ImportStaging;
import com.cartwise.application.port.Jobs;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRecord;
import com.cartwise.domain.imports.MergeSummary;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An upload's files as an import job hands them to the staging port once read: each file's
 * records (placed by their {@code SourceRow}), the rows its reader refused, and what the whole
 * file told. Files are numbered in the order they are added, from 0.
 */
public final class Upload {
    private final Ports ports;
    private final ShopId shop;
    private final List<ImportRecord> records = new ArrayList<>();
    private final List<ImportProblem> refused = new ArrayList<>();
    private final List<FileRead> files = new ArrayList<>();

    private record FileRead(String name, UploadFormat format, FileFacts facts) {
    }

    /** What a lenient merge did: the problems the whole-upload checks took out, the merge, and the job its report is under. */
    public record Lenient(List<ImportProblem> problems, MergeSummary merged, JobId job) {
    }

    private Upload(Ports ports, ShopId shop) {
        this.ports = ports;
        this.shop = shop;
    }

    public static Upload to(Ports ports, ShopId shop) {
        return new Upload(ports, shop);
    }

    public Upload file(String name, UploadFormat format, FileFacts facts, ImportRecord... fileRecords) {
        return file(name, format, facts, List.of(fileRecords));
    }

    public Upload file(String name, UploadFormat format, FileFacts facts, List<? extends ImportRecord> fileRecords) {
        files.add(new FileRead(name, format, facts));
        records.addAll(fileRecords);
        return this;
    }

    /** Rows the readers refused (a lenient import goes on without them). */
    public Upload refused(ImportProblem... problems) {
        refused.addAll(List.of(problems));
        return this;
    }

    /** The problems a check of the staged upload finds; nothing is merged. */
    public List<ImportProblem> problems(boolean lenient) {
        try (ImportStaging.Stage stage = staged(JobId.random())) {
            return stage.check(lenient, 100);
        }
    }

    /** A strict import: the checks find nothing, and everything merges. */
    public MergeSummary merge() {
        try (ImportStaging.Stage stage = staged(JobId.random())) {
            assertEquals(List.of(), stage.check(false, 100), "the upload was refused");
            return stage.merge();
        }
    }

    /**
     * A lenient import under a job of its own (the refusal report belongs to it), which is
     * cancelled afterwards so that no other test's worker claims it.
     */
    public Lenient mergeLeniently() {
        JobId job = JobId.random();
        Jobs jobs = ports.jobs();
        assertInstanceOf(Jobs.Enqueued.Accepted.class, jobs.enqueue(Job.queued(shop, job, new ImportRequest(
                List.of(new UploadedFile("upload-" + job, files.getFirst().name(), 1)), true, Optional.empty()), Instant.now())));
        try (ImportStaging.Stage stage = staged(job)) {
            List<ImportProblem> problems = stage.check(true, 100);
            return new Lenient(problems, stage.merge(), job);
        } finally {
            jobs.requestCancel(shop, job, Instant.now());
        }
    }

    private ImportStaging.Stage staged(JobId job) {
        ImportStaging.Stage stage = ports.staging().open(shop, job);
        try {
            records.forEach(stage::add);
            refused.forEach(stage::refuse);
            for (int i = 0; i < files.size(); i++) {
                stage.fileRead(i, files.get(i).name(), files.get(i).format(), files.get(i).facts());
            }
            stage.load();
            return stage;
        } catch (RuntimeException e) {
            stage.close();
            throw e;
        }
    }
}
