package com.cartwise.persistence.bundles;

import static com.cartwise.persistence.SqlValues.setNullableLong;

import com.cartwise.domain.pricing.DiscountRate;
import com.cartwise.domain.pricing.Offer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * An offer in the columns {@code offer_kind}, {@code offer_discount}, {@code offer_picks},
 * {@code buy_variant_id}, {@code get_variant_id}, {@code tier_quantities}, {@code tier_discounts},
 * {@code tier_unit_prices}: each kind fills its own and leaves the others null.
 */
final class OfferColumns {
    static final String PERCENT_OFF = "percent_off";
    static final String PICK_ANY = "pick_any";
    static final String QUANTITY_BREAKS = "quantity_breaks";
    static final String BUY_ONE_GET_ONE = "buy_one_get_one";

    private OfferColumns() {
    }

    static int set(PreparedStatement s, int first, Connection connection, Offer offer) throws SQLException {
        int i = first;
        s.setString(i++, kind(offer));
        BigDecimal discount = switch (offer) {
            case Offer.PercentOff o -> o.rate().value();
            case Offer.PickAny o -> o.rate().value();
            case Offer.BuyOneGetOne o -> o.getDiscount().value();
            case Offer.QuantityBreaks o -> null;
        };
        s.setBigDecimal(i++, discount);
        setInt(s, i++, offer instanceof Offer.PickAny pick ? pick.picks() : null);
        setNullableLong(s, i++, offer instanceof Offer.BuyOneGetOne bogo ? bogo.buyVariant() : null);
        setNullableLong(s, i++, offer instanceof Offer.BuyOneGetOne bogo ? bogo.getVariant() : null);
        if (offer instanceof Offer.QuantityBreaks breaks) {
            s.setArray(i++, connection.createArrayOf("integer", breaks.tiers().stream().map(Offer.Tier::quantity).toArray()));
            s.setArray(i++, connection.createArrayOf("numeric", breaks.tiers().stream().map(t -> t.rate().value()).toArray()));
            s.setArray(i++, connection.createArrayOf("numeric", breaks.tiers().stream().map(Offer.Tier::unitPrice).toArray()));
        } else {
            s.setNull(i++, Types.ARRAY);
            s.setNull(i++, Types.ARRAY);
            s.setNull(i++, Types.ARRAY);
        }
        return i;
    }

    static Offer read(ResultSet row) throws SQLException {
        String kind = row.getString("offer_kind");
        return switch (kind) {
            case PERCENT_OFF -> new Offer.PercentOff(new DiscountRate(row.getBigDecimal("offer_discount")));
            case PICK_ANY -> new Offer.PickAny(row.getInt("offer_picks"), new DiscountRate(row.getBigDecimal("offer_discount")));
            case BUY_ONE_GET_ONE -> new Offer.BuyOneGetOne(row.getLong("buy_variant_id"), row.getLong("get_variant_id"),
                    new DiscountRate(row.getBigDecimal("offer_discount")));
            case QUANTITY_BREAKS -> {
                List<Integer> quantities = BundleColumns.ints(row.getArray("tier_quantities"));
                List<BigDecimal> rates = BundleColumns.decimals(row.getArray("tier_discounts"));
                List<BigDecimal> prices = BundleColumns.decimals(row.getArray("tier_unit_prices"));
                List<Offer.Tier> tiers = new ArrayList<>();
                for (int t = 0; t < quantities.size(); t++) {
                    tiers.add(new Offer.Tier(quantities.get(t), new DiscountRate(rates.get(t)), prices.get(t)));
                }
                yield new Offer.QuantityBreaks(tiers);
            }
            default -> throw new IllegalStateException("unknown offer kind '" + kind + "' stored");
        };
    }

    /** The offer's kind as the API and the database name it. */
    static String kind(Offer offer) {
        return switch (offer) {
            case Offer.PercentOff o -> PERCENT_OFF;
            case Offer.PickAny o -> PICK_ANY;
            case Offer.QuantityBreaks o -> QUANTITY_BREAKS;
            case Offer.BuyOneGetOne o -> BUY_ONE_GET_ONE;
        };
    }

    private static void setInt(PreparedStatement s, int i, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setInt(i, value);
        }
    }
}
