package com.cartwise.application.imports;

import com.cartwise.application.jobs.start.StartJob;
import com.cartwise.application.port.UploadStore;
import com.cartwise.domain.shop.ShopId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The merchant hands Cartwise files to import: they are already in the upload store; this queues
 * the job that reads, checks and merges them. Refused starts leave no upload behind.
 */
public final class StartImport {
    private final StartJob startJob;
    private final UploadStore uploads;

    public StartImport(StartJob startJob, UploadStore uploads) {
        this.startJob = startJob;
        this.uploads = uploads;
    }

    /**
     * What would refuse a start before any file is received, so that a merchant whose shop is
     * unknown or busy is not made to upload a gigabyte first. Empty when a start may go ahead.
     */
    public Optional<StartJob.Result> precheck(ShopId shop) {
        return startJob.precheck(shop);
    }

    public StartJob.Result execute(ShopId shop, ImportRequest request) {
        ImportRequest named = new ImportRequest(distinctNames(request.files()), request.lenient(), request.format());
        StartJob.Result result = startJob.execute(shop, named);
        if (!(result instanceof StartJob.Result.Started)) {
            request.files().forEach(file -> uploads.delete(file.storedName()));
        }
        return result;
    }

    /** Two files of one upload may share a name (two folders' orders_export.csv); messages must tell them apart. */
    private static List<UploadedFile> distinctNames(List<UploadedFile> files) {
        Set<String> seen = new HashSet<>();
        List<UploadedFile> named = new ArrayList<>(files.size());
        for (UploadedFile file : files) {
            String name = file.fileName();
            for (int n = 2; !seen.add(name); n++) {
                name = file.fileName() + " (" + n + ")";
            }
            named.add(new UploadedFile(file.storedName(), name, file.bytes()));
        }
        return named;
    }
}
