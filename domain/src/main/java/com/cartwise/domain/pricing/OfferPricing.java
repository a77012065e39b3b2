package com.cartwise.domain.pricing;

import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.enrichment.CatalogEntry;
import com.cartwise.domain.bundles.enrichment.ShopProfile;
import com.cartwise.domain.bundles.ranking.ReferenceBasket;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Turns a discount rate into each type's offer and exact price, never below cost where every
 * cost is known: the rate is first cut to the largest whole percent that keeps the cost, and the
 * rounded price is then held at or above the cost.
 * <ul>
 * <li>FBT: the rate off the sum of one of each.</li>
 * <li>Mix-and-match: the rate off any two; the list price is "from": the two cheapest; the cost
 *     floor holds for every pair.</li>
 * <li>Volume: 2 units at the rate, 3 units at 1.5 × the rate (whole percent, within the cap's
 *     maximum, never less than the 2-unit rate); reference basket 3 units.</li>
 * <li>BOGO of two: buy the dearer, get the cheaper at g = rate × (sum / cheaper price), so the
 *     pair's effective discount is the rate; BOGO of one: the second unit at g = 2 × rate; g in
 *     whole percent, at most 100% (free).</li>
 * </ul>
 */
final class OfferPricing {
    private final ShopProfile shop;
    private final Money money;

    OfferPricing(ShopProfile shop) {
        this.shop = shop;
        this.money = new Money(shop.currency());
    }

    BundlePrice price(Candidate candidate, DiscountRate rate, DiscountBasis basis, CapRange caps) {
        List<CatalogEntry> items = candidate.variantIds().stream().map(id -> shop.variant(id).entry()).toList();
        return switch (candidate.type()) {
            case FBT -> percentOff(items, rate, basis, caps);
            case MIX_AND_MATCH -> pickAny(items, rate, basis, caps);
            case VOLUME -> volume(items.get(0), rate, basis, caps);
            case BOGO -> items.size() == 1 ? bogo(items.get(0), items.get(0), 2, rate, basis, caps)
                    : bogo(items.get(0), items.get(1), 1, rate, basis, caps);
        };
    }

    private BundlePrice percentOff(List<CatalogEntry> items, DiscountRate rate, DiscountBasis basis, CapRange caps) {
        BigDecimal list = ListPrice.of(BundleType.FBT, prices(items));
        BigDecimal cost = costOf(items);
        DiscountRate limited = rate.min(Money.costLimit(list, cost));
        BigDecimal price = money.discounted(list, limited, cost);
        return result(list, price, new Offer.PercentOff(limited), basis, caps, limited.compareTo(rate) < 0, cost);
    }

    private BundlePrice pickAny(List<CatalogEntry> items, DiscountRate rate, DiscountBasis basis, CapRange caps) {
        DiscountRate limited = rate;
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                List<CatalogEntry> pair = List.of(items.get(i), items.get(j));
                limited = limited.min(Money.costLimit(sum(pair, CatalogEntry::price), costOf(pair)));
            }
        }
        List<CatalogEntry> cheapest = items.stream().sorted(Comparator.comparing(CatalogEntry::price))
                .limit(ReferenceBasket.MIX_AND_MATCH_PICKS).toList();
        BigDecimal list = ListPrice.of(BundleType.MIX_AND_MATCH, prices(items));
        BigDecimal cost = costOf(cheapest);
        BigDecimal price = money.discounted(list, limited, cost);
        return result(list, price, new Offer.PickAny(ReferenceBasket.MIX_AND_MATCH_PICKS, limited), basis, caps,
                limited.compareTo(rate) < 0, cost);
    }

    private BundlePrice volume(CatalogEntry item, DiscountRate rate, DiscountBasis basis, CapRange caps) {
        DiscountRate limit = Money.costLimit(item.price(), item.cost());
        DiscountRate two = rate.min(limit);
        DiscountRate wantedThree = DiscountRate.wholePercentNear(1.5 * rate.asDouble()).min(caps.max()).max(rate);
        DiscountRate three = wantedThree.min(limit);
        List<Offer.Tier> tiers = new ArrayList<>();
        tiers.add(new Offer.Tier(2, two, money.discounted(item.price(), two, item.cost())));
        Offer.Tier top = new Offer.Tier(ListPrice.VOLUME_UNITS, three, money.discounted(item.price(), three, item.cost()));
        tiers.add(top);
        BigDecimal units = BigDecimal.valueOf(ListPrice.VOLUME_UNITS);
        BigDecimal list = ListPrice.of(BundleType.VOLUME, List.of(item.price()));
        BigDecimal cost = item.cost() == null ? null : item.cost().multiply(units);
        return result(money.round(list), top.unitPrice().multiply(units), new Offer.QuantityBreaks(tiers), basis, caps,
                three.compareTo(wantedThree) < 0, cost);
    }

    /** @param buyUnits 1 for a pair (buy + get), 2 for the same variant twice */
    private BundlePrice bogo(CatalogEntry buy, CatalogEntry get, int buyUnits, DiscountRate rate, DiscountBasis basis, CapRange caps) {
        BigDecimal list = ListPrice.of(BundleType.BOGO, buyUnits == 2 ? List.of(buy.price()) : List.of(buy.price(), get.price()));
        BigDecimal cost = buy.cost() == null || get.cost() == null ? null
                : buyUnits == 2 ? buy.cost().multiply(BigDecimal.TWO) : buy.cost().add(get.cost());
        double wanted = get.price().signum() == 0 ? 0 : rate.asDouble() * list.doubleValue() / get.price().doubleValue();
        DiscountRate getDiscount = DiscountRate.wholePercentNear(wanted);
        boolean limited = false;
        if (cost != null && get.price().signum() > 0) {
            // buy + get·(1 − g) >= cost  <=>  g <= (list − cost) / get price
            DiscountRate ceiling = DiscountRate.wholePercentBelow(list.subtract(cost).divide(get.price(), 10, RoundingMode.FLOOR));
            limited = getDiscount.compareTo(ceiling) > 0;
            getDiscount = getDiscount.min(ceiling);
        }
        BigDecimal getPrice = money.round(get.price().multiply(BigDecimal.ONE.subtract(getDiscount.value())));
        BigDecimal price = money.round(buy.price()).add(getPrice);
        if (cost != null && price.compareTo(cost) < 0) {
            price = money.discounted(list, DiscountRate.ofPercent(100), cost);
        }
        return result(money.round(list), price, new Offer.BuyOneGetOne(idOf(buy), idOf(get), getDiscount), basis, caps, limited, cost);
    }

    private BundlePrice result(BigDecimal list, BigDecimal price, Offer offer, DiscountBasis basis, CapRange caps, boolean limitedByCost,
                               BigDecimal cost) {
        BigDecimal roundedList = money.round(list);
        BigDecimal roundedPrice = money.round(price).min(roundedList);
        return new BundlePrice(shop.currency(), roundedList, roundedPrice, offer, Money.effectiveRate(roundedList, roundedPrice), basis, caps,
                limitedByCost, cost == null ? null : roundedPrice.subtract(cost));
    }

    private static long idOf(CatalogEntry entry) {
        return entry.variantId();
    }

    private static List<BigDecimal> prices(List<CatalogEntry> items) {
        return items.stream().map(CatalogEntry::price).toList();
    }

    private static BigDecimal sum(List<CatalogEntry> items, Function<CatalogEntry, BigDecimal> amount) {
        return items.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The sum of the costs, or null when one is unknown. */
    private static BigDecimal costOf(List<CatalogEntry> items) {
        return items.stream().anyMatch(e -> e.cost() == null) ? null : sum(items, CatalogEntry::cost);
    }
}
