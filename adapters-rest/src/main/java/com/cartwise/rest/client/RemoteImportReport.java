package com.cartwise.rest.client;

import java.util.List;

/** What an import did, in all and per file; rows = imported + refused. */
public record RemoteImportReport(long rows, long imported, long refused, boolean lenient, List<RemoteFileReport> files) {
    public RemoteImportReport {
        files = List.copyOf(files);
    }
}
