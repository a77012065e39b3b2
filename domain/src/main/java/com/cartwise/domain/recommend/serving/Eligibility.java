package com.cartwise.domain.recommend.serving;

import com.cartwise.domain.catalog.Variant;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Which of a served model's variants one request may be offered: the one home of that policy, for
 * a till's cart and a product page alike, whether the answer comes from co-purchases or from best
 * sellers. A variant may be offered when the catalogue still has it and could sell it now
 * ({@link Variant#sellable()}, read once per catalogue), and when it is nothing the shopper already
 * has or is looking at: no cart item, no variant sharing a SKU the cart names (such a SKU names
 * none of them, so any could be the one in the cart), no variant of the product page's product.
 */
final class Eligibility implements IntPredicate {
    private final CatalogueIndex catalogue;
    /** Dense indices never offered to this request; a handful, so a scan beats a set. */
    private final int[] excluded;
    /** The product page's product, whose variants are never offered; null for a cart. */
    private final String excludedProduct;

    private Eligibility(CatalogueIndex catalogue, int[] excluded, String excludedProduct) {
        this.catalogue = catalogue;
        this.excluded = excluded;
        this.excludedProduct = excludedProduct;
    }

    /**
     * @param cartItems the cart items the model knows
     * @param sharedSkus the variants sharing a SKU the cart names ({@link CatalogueIndex#sharedSkuVariants})
     */
    static Eligibility forCart(CatalogueIndex catalogue, int[] cartItems, int[] sharedSkus) {
        int[] excluded = Arrays.copyOf(cartItems, cartItems.length + sharedSkus.length);
        System.arraycopy(sharedSkus, 0, excluded, cartItems.length, sharedSkus.length);
        return new Eligibility(catalogue, excluded, null);
    }

    /**
     * @param productItems the variants of the page's product the model knows (or the one variant it
     *                     names): all of the product's handle, which excludes them and their siblings
     */
    static Eligibility forProduct(CatalogueIndex catalogue, int[] productItems) {
        String product = productItems.length > 0 ? catalogue.variant(productItems[0]).handle() : null;
        return new Eligibility(catalogue, new int[0], product);
    }

    @Override
    public boolean test(int variant) {
        if (!catalogue.offerable(variant)) {
            return false;
        }
        for (int e : excluded) {
            if (e == variant) {
                return false;
            }
        }
        return excludedProduct == null || !catalogue.variant(variant).handle().equals(excludedProduct);
    }
}
