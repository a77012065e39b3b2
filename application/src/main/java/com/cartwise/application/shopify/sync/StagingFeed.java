package com.cartwise.application.shopify.sync;

import com.cartwise.application.port.ImportStaging;
import com.cartwise.application.port.ShopifyAdmin;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRecord;

/** What one source of a sync reads goes straight into the stage (spooled to disk, never held), counted per source. */
final class StagingFeed implements ShopifyAdmin.Feed {
    private final ImportStaging.Stage stage;
    private final String fileName;
    private final SyncProgress progress;
    private long rows;
    private long refused;

    /** @param fileName the source's name in the refusal report, whatever the reader called it */
    StagingFeed(ImportStaging.Stage stage, String fileName, SyncProgress progress) {
        this.stage = stage;
        this.fileName = fileName;
        this.progress = progress;
    }

    @Override
    public void record(ImportRecord record) {
        stage.add(record);
        rows += record.rows();
        progress.read();
    }

    @Override
    public void refuse(ImportProblem problem) {
        stage.refuse(new ImportProblem(fileName, problem.line(), problem.column(), problem.columnName(), problem.value(),
                problem.message()));
        rows++;
        refused++;
        progress.refused();
    }

    @Override
    public void progress(Step step, long objects) {
        progress.at(step, objects);
    }

    long rows() {
        return rows;
    }

    long refused() {
        return refused;
    }
}
