package com.cartwise.shopify;

import com.cartwise.application.port.ShopifyAdmin;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRecord;
import java.util.ArrayList;
import java.util.List;

/** A feed that keeps what it is given, for the client's tests. */
final class CollectingFeed implements ShopifyAdmin.Feed {
    final List<ImportRecord> records = new ArrayList<>();
    final List<ImportProblem> refused = new ArrayList<>();
    final List<Step> steps = new ArrayList<>();

    @Override
    public void record(ImportRecord record) {
        records.add(record);
    }

    @Override
    public void refuse(ImportProblem problem) {
        refused.add(problem);
    }

    @Override
    public void progress(Step step, long objects) {
        steps.add(step);
    }

    <T> List<T> of(Class<T> type) {
        return records.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
