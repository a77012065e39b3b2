package com.cartwise.rest.bundles;

import com.cartwise.application.bundles.ActiveBundle;
import com.cartwise.application.bundles.active.ExportActiveBundles.ExportedBundle;
import com.cartwise.domain.bundles.explanation.Wording;
import com.cartwise.domain.pricing.BundlePrice;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.micronaut.core.io.Writable;
import java.util.List;
import java.util.Objects;

/**
 * The active bundles as CSV, one row per bundle item (as bundle apps import them): the bundle's
 * key, availability, whether its prices are current, type, objective, copy, offer and prices repeated on each of its items' rows.
 */
final class ExportCsv {
    static final List<String> HEADER = List.of("bundle_key", "available", "prices_current", "type", "objective", "title", "tagline", "offer", "currency",
            "list_price", "price", "discount", "position", "variant_id", "shopify_variant_id", "sku", "product_title", "variant_title",
            "quantity", "unit_price");

    private ExportCsv() {
    }

    static Writable of(List<ExportedBundle> bundles) {
        return out -> {
            CsvWriter csv = CsvWriter.builder().build(out);
            csv.writeRecord(HEADER);
            for (ExportedBundle exported : bundles) {
                ActiveBundle b = exported.bundle();
                BundlePrice p = b.price();
                List<BundleJson.ItemJson> items = ExportJson.Bundle.of(exported).items();
                for (int i = 0; i < items.size(); i++) {
                    BundleJson.ItemJson item = items.get(i);
                    csv.writeRecord(b.key().value(), Boolean.toString(exported.available()), Boolean.toString(exported.pricesCurrent()),
                            b.candidate().type().wireName(),
                            b.candidate().objective().wireName(), b.proposal().copy().title(), b.proposal().copy().tagline(),
                            Wording.offer(p.offer()), p.currency().getCurrencyCode(), p.listPrice().toPlainString(), p.price().toPlainString(),
                            p.effectiveRate().value().toPlainString(), Integer.toString(i + 1), Long.toString(item.variantId()),
                            Objects.toString(item.shopifyVariantId(), ""), Objects.toString(item.sku(), ""),
                            Objects.toString(item.productTitle(), ""), Objects.toString(item.variantTitle(), ""),
                            Integer.toString(item.quantity()), item.unitPrice() == null ? "" : item.unitPrice().amount());
                }
            }
            csv.flush();
        };
    }
}
