package com.cartwise.domain.recommend.serving;

import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.recommend.CoOccurrenceModel;
import com.cartwise.domain.recommend.Evidence;
import com.cartwise.domain.recommend.Recommendation;
import com.cartwise.domain.recommend.Source;
import com.cartwise.domain.recommend.learning.LearnedModel;
import com.cartwise.domain.recommend.scoring.Combiner;
import com.cartwise.domain.recommend.scoring.Ranker;
import com.cartwise.domain.recommend.scoring.TopList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A trained model joined with the catalogue as it was when loaded: everything a till's or a
 * product page's request needs, in memory. Cart items resolve through the keys of the variants
 * the model knows, since a variant no order ever held can neither contribute nor be recommended.
 * What may be offered is {@link Eligibility}'s to say. Ties go by product title, then variant id.
 */
public final class ServingModel {
    /** Rough heap cost of one catalogue variant held for serving: the object, its strings, its map entries. */
    private static final long BYTES_PER_VARIANT = 400;

    private final TrainedModel model;
    private final LearnedModel learned;
    private final CatalogueIndex catalogue;
    /** Spelled out once: a scorer formats its parameters into its name, and every answer carries it. */
    private final String metric;

    /**
     * @param catalogue the model's variants as the catalogue has them now, plus every variant that
     *                  shares a SKU with one of them; variants the model does not know only make
     *                  their SKUs shared, they are never served
     */
    public ServingModel(TrainedModel model, Collection<Variant> catalogue) {
        this(model, new CatalogueIndex(model.model().counts(), catalogue));
    }

    private ServingModel(TrainedModel model, CatalogueIndex catalogue) {
        this.model = model;
        this.learned = model.model();
        this.catalogue = catalogue;
        this.metric = model.metric();
    }

    /**
     * The shop's updated model served over this one's catalogue, when the update numbers the same
     * variants (its orders held none new to the model): building the catalogue index again means
     * reading the shop's catalogue from the database, 30 % of an incremental update of the
     * million-order shop (JFR, docs/BENCHMARKS.md). Empty otherwise, or for another shop.
     */
    public Optional<ServingModel> updatedTo(TrainedModel updated) {
        if (!updated.shop().equals(model.shop())) {
            return Optional.empty();
        }
        return catalogue.forCounts(updated.model().counts()).map(index -> new ServingModel(updated, index));
    }

    public long version() {
        return model.version();
    }

    /** The scorer's wire name. */
    public String metric() {
        return metric;
    }

    public TrainedModel model() {
        return model;
    }

    /** Memory this served model holds: its arrays exactly, its catalogue objects estimated. */
    public long bytes() {
        return learned.bytes() + catalogue.bytes(BYTES_PER_VARIANT);
    }

    /**
     * The best {@code limit} variants to add to the cart: those bought with its items, by the
     * model's scorer; best sellers fill what is left. Unknown cart items are ignored; an unsellable
     * cart item still counts, since what was bought with it is still good evidence. A SKU the
     * variants of one product share stands for all of them, as the product would on its page.
     */
    public Recommendations recommend(List<VariantKey> cart, int limit) {
        int[] items = cartItems(cart);
        int[] sharedSkus = catalogue.sharedSkuVariants(cart);
        Eligibility eligible = Eligibility.forCart(catalogue, items, sharedSkus);
        // a cart of shared SKUs may well hold items that sold together: only their SKUs could not
        // say which variants they are
        Reasons reasons = items.length == 0 && namedOnlyByAmbiguousSkus(cart) ? Reasons.CART_OF_SHARED_SKUS : Reasons.CART;
        return rank(items, learned.scorer().combiner(), limit, eligible, reasons);
    }

    private boolean namedOnlyByAmbiguousSkus(List<VariantKey> cart) {
        for (VariantKey key : cart) {
            if (!catalogue.ambiguousSku(key)) {
                return false;
            }
        }
        return !cart.isEmpty();
    }

    /**
     * Best sellers only, none of the cart's: what the till gets when co-purchase answers are
     * switched off (the operator's kill switch), with the reason it gives.
     */
    public Recommendations bestSellers(List<VariantKey> cart, int limit, String reason) {
        int[] items = cartItems(cart);
        return bestSellers(Eligibility.forCart(catalogue, items, catalogue.sharedSkuVariants(cart)), limit, reason);
    }

    /** Best sellers only, none of the product's own variants, as {@link #bestSellers(List, int, String)}. */
    public Recommendations bestSellersForProduct(ProductReference product, int limit, String reason) {
        return bestSellers(Eligibility.forProduct(catalogue, itemsOf(product)), limit, reason);
    }

    private Recommendations bestSellers(Eligibility eligible, int limit, String reason) {
        Recommendations popular = rank(new int[0], learned.scorer().combiner(), limit, eligible, Reasons.CART);
        return new Recommendations(popular.items(), Source.POPULARITY, reason);
    }

    /** The cart items the model knows, each once, in cart order; a product's SKU adds the product's variants in its place. */
    private int[] cartItems(List<VariantKey> cart) {
        // plain loops: this runs for every till request
        int[] items = new int[cart.size()];
        int known = 0;
        for (VariantKey key : cart) {
            int i = catalogue.indexOf(key);
            if (i >= 0) {
                if (!contains(items, known, i)) {
                    items[known++] = i;
                }
                continue;
            }
            int[] product = catalogue.productOfSku(key);
            if (product != null) {
                items = Arrays.copyOf(items, items.length + product.length);
                for (int v : product) {
                    if (!contains(items, known, v)) {
                        items[known++] = v;
                    }
                }
            }
        }
        return known == items.length ? items : Arrays.copyOf(items, known);
    }

    /**
     * Frequently bought together, for a product page: what was bought with the product's variants
     * (or the one variant named), never another variant of the same product.
     */
    public Recommendations recommendForProduct(ProductReference product, int limit) {
        int[] items = itemsOf(product);
        // the variants of one product were not added one after another: no recency to weigh
        Combiner combiner = learned.scorer().combiner() == Combiner.RECENT ? Combiner.SUM : learned.scorer().combiner();
        return rank(items, combiner, limit, Eligibility.forProduct(catalogue, items), Reasons.PRODUCT);
    }

    /**
     * Whether the model knows the product (one of its variants, or the variant named) from the
     * shop's orders. One it does not know may still be in the catalogue, never sold yet: only the
     * catalogue can tell that from a product the shop does not have.
     */
    public boolean knows(ProductReference product) {
        return itemsOf(product).length > 0;
    }

    private int[] itemsOf(ProductReference product) {
        return switch (product) {
            case ProductReference.OfProduct p -> catalogue.variantsOfProduct(p.handle());
            case ProductReference.OfVariant v -> {
                int i = catalogue.indexOf(v.variant());
                int[] ofSku = i >= 0 ? null : catalogue.productOfSku(v.variant());
                // a SKU the variants of one product share names that product, as in a cart
                yield i >= 0 ? new int[] {i} : ofSku != null ? ofSku : new int[0];
            }
        };
    }

    private Recommendations rank(int[] items, Combiner combiner, int limit, Eligibility eligible, Reasons reasons) {
        TopList top = new TopList(limit);
        Ranker.rank(learned.table(), combiner, items, items.length, learned.popularity(), eligible, catalogue.tieRanks(), top);
        CoOccurrenceModel counts = learned.counts();
        List<Recommendation> found = new ArrayList<>(top.size());
        boolean coPurchase = false;
        for (int p = 0; p < top.size(); p++) {
            int v = top.variant(p);
            if (top.fromPopularity(p)) {
                found.add(Recommendation.bestSeller(catalogue.variant(v), counts.orderCount(v), counts.orders()));
            } else {
                coPurchase = true;
                int with = top.evidence(p);
                found.add(Recommendation.boughtWith(catalogue.variant(v), top.score(p), new Evidence(catalogue.variant(with),
                        counts.together(with, v), counts.orderCount(with), counts.orderCount(v), counts.orders())));
            }
        }
        if (coPurchase) {
            return new Recommendations(found, Source.CO_PURCHASE, reasons.coPurchase());
        }
        String reason = found.isEmpty() ? Reasons.NOTHING_FOR_SALE
                : items.length == 0 ? reasons.nothingKnown() : reasons.nothingBoughtWithForSale();
        return new Recommendations(found, Source.POPULARITY, reason);
    }

    /**
     * The sentences an answer gives for where it comes from: constants, so that a request builds
     * no text and a server can keep each one encoded.
     */
    private record Reasons(String coPurchase, String nothingKnown, String nothingBoughtWithForSale) {
        static final Reasons CART = new Reasons("Bought together with the cart's items.",
                "None of the cart's items has been bought with anything yet: best sellers instead.",
                "Nothing bought with the cart's items is for sale: best sellers instead.");
        static final Reasons CART_OF_SHARED_SKUS = new Reasons(CART.coPurchase(),
                "Each SKU in the cart is shared by variants of several products, so none could be told apart: best sellers instead.",
                CART.nothingBoughtWithForSale());
        static final Reasons PRODUCT = new Reasons("Bought together with this product.",
                "None of this product's items has been bought with anything yet: best sellers instead.",
                "Nothing bought with this product is for sale: best sellers instead.");
        static final String NOTHING_FOR_SALE = "No variant the shop's orders know is for sale.";
    }

    private static boolean contains(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
