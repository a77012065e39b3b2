package com.cartwise.application.recommend.offline;

import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.RunProductRow;
import com.cartwise.domain.imports.RunVariantRow;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.VariantRow;
import com.cartwise.domain.orders.LineResolution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The catalogue an upload gives a new shop, as the import merges it: the reference generator's
 * variants, then a products export's in upload order, then the item codes of basket data that no
 * variant has as a SKU, in SKU byte order (PostgreSQL's {@code ORDER BY sku} under the "C"
 * collation). Variant ids count from 1 in that order: only their order matters, as evaluation
 * breaks ties by it.
 */
final class OfflineCatalogue {
    private final List<String> fileNames;
    private final Map<String, SourceRow> variantKeys = new HashMap<>();
    private final Map<Long, SourceRow> shopifyIds = new HashMap<>();
    private final List<VariantRow> variants = new ArrayList<>();
    private final List<RunVariantRow> runVariants = new ArrayList<>();
    private final Map<Long, String> runProductTitles = new HashMap<>();
    /** Item code to the first name a line gives it, in upload order. */
    private final Map<String, String> items = new HashMap<>();

    /** @param fileNames the upload's files, by their index */
    OfflineCatalogue(List<String> fileNames) {
        this.fileNames = fileNames;
    }

    /** @return what is wrong with the row, if the upload lists its variant or Shopify id twice */
    Optional<UploadProblem> add(VariantRow row) {
        String key = row.variant().product().handle() + "\u0000" + String.join("\u0000", row.variant().optionValues());
        SourceRow first = variantKeys.putIfAbsent(key, row.source());
        if (first != null) {
            return Optional.of(new UploadProblem(row.source(), row.variant().product().handle(),
                    "lists the variant " + row.variant().product().handle() + " (" + String.join(" / ", row.variant().optionValues())
                            + ") again, which " + fileNames.get(first.file()) + " line " + first.line()
                            + " already lists: a catalogue lists each variant once"));
        }
        Optional<UploadProblem> twice = shopifyIdOnce(row.variant().shopifyVariantId(), row.source());
        variants.add(row);
        return twice;
    }

    Optional<UploadProblem> add(RunVariantRow row) {
        Optional<UploadProblem> twice = shopifyIdOnce(row.variantId(), row.source());
        runVariants.add(row);
        return twice;
    }

    void add(RunProductRow row) {
        runProductTitles.put(row.productId(), row.product().title());
    }

    /** A line of basket data: its item code becomes a variant unless the catalogue has the SKU. */
    void item(LineRecord line) {
        if (line.createsVariant()) {
            String name = items.get(line.sku());
            if (name == null || name.isEmpty()) {
                items.put(line.sku(), line.name());
            }
        }
    }

    private Optional<UploadProblem> shopifyIdOnce(Long shopifyVariantId, SourceRow row) {
        if (shopifyVariantId == null) {
            return Optional.empty();
        }
        SourceRow first = shopifyIds.putIfAbsent(shopifyVariantId, row);
        return first == null ? Optional.empty() : Optional.of(new UploadProblem(row, shopifyVariantId.toString(),
                "gives Shopify variant id " + shopifyVariantId + " to a second variant; " + fileNames.get(first.file()) + " line "
                        + first.line() + " already has it"));
    }

    /** Every variant with its keys, ids in the order the import would give them. */
    LineResolution resolution() {
        List<LineResolution.Known> known = new ArrayList<>();
        Set<String> skus = new HashSet<>();
        for (RunVariantRow row : runVariants) {
            String productTitle = runProductTitles.getOrDefault(row.productId(), "");
            known.add(new LineResolution.Known(known.size() + 1, row.variantId(), row.sku(),
                    Variant.lineNameOf(productTitle, row.optionValues())));
            skus.add(row.sku());
        }
        for (VariantRow row : variants) {
            known.add(new LineResolution.Known(known.size() + 1, row.variant().shopifyVariantId(), row.variant().sku(),
                    Variant.lineNameOf(row.variant().product().title(), row.variant().optionValues())));
            skus.add(row.variant().sku());
        }
        Map<String, String> newItems = new TreeMap<>(UploadOrder.BYTES);
        items.forEach((sku, name) -> {
            if (!skus.contains(sku)) {
                newItems.put(sku, name);
            }
        });
        newItems.forEach((sku, name) -> known.add(new LineResolution.Known(known.size() + 1, null, sku, name.isEmpty() ? sku : name)));
        return LineResolution.ofKeys(known);
    }
}
