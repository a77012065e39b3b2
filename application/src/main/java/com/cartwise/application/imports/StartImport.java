package com.cartwise.application.imports;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.Jobs;
import com.cartwise.application.port.Shops;
import com.cartwise.application.port.UploadStore;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
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
    private final Shops shops;
    private final Jobs jobs;
    private final UploadStore uploads;
    private final Clock clock;

    public StartImport(Shops shops, Jobs jobs, UploadStore uploads, Clock clock) {
        this.shops = shops;
        this.jobs = jobs;
        this.uploads = uploads;
        this.clock = clock;
    }

    /**
     * What would refuse a start before any file is received, so that a merchant whose shop is
     * unknown or busy is not made to upload a gigabyte first. Empty when a start may go ahead.
     */
    public Optional<Result> precheck(ShopId shop) {
        if (shops.find(shop).isEmpty()) {
            return Optional.of(new Result.ShopNotFound(shop));
        }
        return jobs.activeWriter(shop).map(Result.ShopBusy::new);
    }

    public Result execute(ShopId shop, ImportRequest request) {
        ImportRequest named = new ImportRequest(distinctNames(request.files()), request.lenient(), request.format());
        Optional<Result> refused = precheck(shop);
        Result result = refused.orElseGet(() -> switch (jobs.enqueue(Job.queued(shop, JobId.random(), named, clock.instant()))) {
            case Jobs.Enqueued.Accepted accepted -> new Result.Started(accepted.job());
            case Jobs.Enqueued.ShopBusy busy -> new Result.ShopBusy(busy.running());
        });
        if (!(result instanceof Result.Started)) {
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

    public sealed interface Result {
        record Started(Job job) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }

        /** Another job that writes the shop's data is queued or running. */
        record ShopBusy(Job running) implements Result {
        }
    }
}
