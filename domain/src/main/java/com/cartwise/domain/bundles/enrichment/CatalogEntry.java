package com.cartwise.domain.bundles.enrichment;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.Stock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One variant as bundle generation sees the catalogue: what it costs the shopper and the shop,
 * how much is in stock, where it belongs (category, vendor, tags) and when it was added. Cost,
 * compare-at price and creation date are optional because Shopify exports often lack them.
 *
 * @param productId      the product the variant belongs to (its handle, or Shopify product id)
 * @param category       Shopify product type or category, "" when unknown
 * @param compareAtPrice the struck-through "was" price, or null
 * @param cost           the shop's unit cost, or null when unknown
 * @param createdAt      when the product was added to the shop, or null when unknown
 * @param active         whether it may be offered at all (its product is active)
 */
public record CatalogEntry(long variantId, String productId, String productTitle, String variantTitle, BigDecimal price,
                           BigDecimal compareAtPrice, BigDecimal cost, Stock stock, String category, String vendor,
                           List<String> tags, Instant createdAt, boolean active) {
    public CatalogEntry {
        InvalidInputException.requirePositive(variantId, "variant_id");
        InvalidInputException.require(productId != null && !productId.isBlank(), "product_id", "is required");
        InvalidInputException.require(productTitle != null && !productTitle.isBlank(), "product_title", "is required");
        InvalidInputException.require(price != null && price.signum() >= 0, "price", "is required and not negative");
        InvalidInputException.require(compareAtPrice == null || compareAtPrice.signum() >= 0, "compare_at_price", "must not be negative");
        InvalidInputException.require(cost == null || cost.signum() >= 0, "cost", "must not be negative");
        InvalidInputException.require(stock != null, "inventory_quantity", "is required");
        variantTitle = variantTitle == null ? "" : variantTitle.strip();
        category = category == null ? "" : category.strip();
        vendor = vendor == null ? "" : vendor.strip();
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public Optional<BigDecimal> costIfKnown() {
        return Optional.ofNullable(cost);
    }

    public Optional<Instant> createdAtIfKnown() {
        return Optional.ofNullable(createdAt);
    }

    /** Whether a bundle may contain it now: active, and in stock or sold without stock. */
    public boolean sellable() {
        return active && stock.available();
    }

    /** "Ski Wax" or "Ski Wax (Red)", as merchants read it. */
    public String displayName() {
        return variantTitle.isEmpty() || variantTitle.equals("Default Title") ? productTitle : productTitle + " (" + variantTitle + ")";
    }
}
