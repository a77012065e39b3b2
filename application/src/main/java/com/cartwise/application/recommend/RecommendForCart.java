package com.cartwise.application.recommend;

import com.cartwise.application.flags.FlagCatalogue;
import com.cartwise.application.flags.values.FlagValues;
import com.cartwise.application.port.Shops;
import com.cartwise.application.recommend.holdout.Holdout;
import com.cartwise.application.recommend.holdout.Holdouts;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.analytics.RecommendationId;
import com.cartwise.domain.analytics.experiment.Arm;
import com.cartwise.domain.catalog.CartItems;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.recommend.Recommendation;
import com.cartwise.domain.recommend.Source;
import com.cartwise.domain.recommend.serving.Recommendations;
import com.cartwise.domain.recommend.serving.ServingModel;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The till asks what else this cart's customer is likely to buy. */
public final class RecommendForCart {
    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 50;
    public static final int MAX_ITEMS = CartItems.MAX_ITEMS;
    static final String NO_MODEL = "The shop has no model yet: train one from its orders.";

    /** What the till is told while the operator's kill switch holds co-purchase answers back. */
    public static final String SWITCHED_OFF = "Recommendations from co-purchases are switched off for this shop (kill switch):"
            + " best sellers instead.";

    /** What the till is told in a holdout's control arm that answers best sellers. */
    public static final String CONTROL_POPULARITY = "Holdout control arm (A/B test): best sellers only, so that the analytics can"
            + " measure what co-purchase recommendations add.";
    /** What the till is told in a holdout's control arm that answers nothing. */
    public static final String CONTROL_NONE = "Holdout control arm (A/B test): no recommendations, so that the analytics can"
            + " measure what recommendations add.";
    public static final int MAX_SESSION_ID_LENGTH = 200;

    private final Shops shops;
    private final ServingModels servingModels;
    private final FlagValues flags;
    private final Holdouts holdouts;

    public RecommendForCart(Shops shops, ServingModels servingModels, FlagValues flags) {
        this.shops = shops;
        this.servingModels = servingModels;
        this.flags = flags;
        this.holdouts = new Holdouts(flags);
    }

    /**
     * @param items the cart, oldest line first, 1 to {@value #MAX_ITEMS} items
     * @param limit 1 to {@value #MAX_LIMIT} recommendations at most
     * @param sessionId the till's id for the shopper's visit, when it sends one: a holdout keeps a
     *                  session in one arm however its cart changes (without it, the cart's items decide)
     */
    public record Command(ShopId shop, List<VariantKey> items, int limit, Optional<String> sessionId) {
        public Command {
            InvalidInputException.require(shop != null, "shop_id", "is required");
            CartItems.require(items);
            requireLimit(limit);
            items = List.copyOf(items);
            requireSessionId(sessionId);
        }

        public Command(ShopId shop, List<VariantKey> items, int limit) {
            this(shop, items, limit, Optional.empty());
        }
    }

    static void requireSessionId(Optional<String> sessionId) {
        InvalidInputException.require(sessionId != null, "session_id", "is required (or empty)");
        sessionId.ifPresent(id -> InvalidInputException.require(!id.isBlank() && id.length() <= MAX_SESSION_ID_LENGTH, "session_id",
                "must be 1 to " + MAX_SESSION_ID_LENGTH + " characters, not blank, when given"));
    }

    static void requireLimit(int limit) {
        InvalidInputException.require(limit >= 1 && limit <= MAX_LIMIT, "limit",
                "must be between 1 and " + MAX_LIMIT + ", but was " + limit);
    }

    public Result execute(Command command) {
        Optional<ServingModel> model = servingModels.current(command.shop());
        if (model.isEmpty()) {
            // Checked only here, so that a served shop costs no database round trip per request.
            return shops.find(command.shop()).isPresent() ? Result.Recommended.withoutModel() : new Result.ShopNotFound(command.shop());
        }
        return recommend(model.get(), command);
    }

    /**
     * The same answer as {@link #execute} when the shop's model is already in memory, so it never
     * waits for the database and a server may call it on its I/O thread; empty when the model must
     * first be loaded or the shop looked up, which the server then does with {@link #execute} on a
     * thread that may block.
     */
    public Optional<Result> executeIfServed(Command command) {
        return servingModels.loaded(command.shop()).map(model -> recommend(model, command));
    }

    private Result recommend(ServingModel serving, Command command) {
        if (flags.on(FlagCatalogue.KILL_SWITCH, command.shop())) {
            // the holdout is suspended with the rest: its arms would both be best sellers
            return Result.Recommended.of(serving, serving.bestSellers(command.items(), command.limit(), SWITCHED_OFF), Arm.NONE);
        }
        Holdout holdout = holdouts.of(command.shop());
        Arm arm = holdout.armOfCart(command.shop(), command.sessionId(), command.items());
        if (arm == Arm.CONTROL) {
            return Result.Recommended.of(serving, switch (holdout.control()) {
                case POPULARITY -> serving.bestSellers(command.items(), command.limit(), CONTROL_POPULARITY);
                case NONE -> nothing();
            }, arm);
        }
        return Result.Recommended.of(serving, serving.recommend(command.items(), command.limit()), arm);
    }

    /** A control arm answering nothing: the source is popularity, as for any answer without co-purchases. */
    static Recommendations nothing() {
        return new Recommendations(List.of(), Source.POPULARITY, CONTROL_NONE);
    }

    public sealed interface Result {
        /**
         * @param recommendationId names this answer, for the events that follow it (a new one per answer)
         * @param modelVersion 0 when the shop has no model yet (and then no recommendations)
         * @param metric the scorer the model ranks by, e.g. {@code cosine}; empty without a model
         * @param source {@code co_purchase} when at least one variant was bought with the cart's
         *               items, else {@code popularity} (best sellers, or nothing without a model)
         * @param reason a sentence saying where the recommendations come from
         * The holdout arm it was given in is in its id ({@link #arm}).
         */
        record Recommended(RecommendationId recommendationId, long modelVersion, Optional<String> metric, List<Recommendation> recommendations, Source source,
                           String reason) implements Result, RecommendForProduct.Result {
            public Recommended {
                Objects.requireNonNull(recommendationId, "recommendationId");
                recommendations = List.copyOf(recommendations);
            }

            /** The holdout arm the answer was given in; {@link Arm#NONE} when no holdout ran. */
            public Arm arm() {
                return recommendationId.arm();
            }

            static Recommended of(ServingModel serving, Recommendations answer, Arm arm) {
                return new Recommended(RecommendationId.issue(arm), serving.version(), Optional.of(serving.metric()), answer.items(),
                        answer.source(), answer.reason());
            }

            static Recommended withoutModel() {
                return new Recommended(RecommendationId.random(), 0, Optional.empty(), List.of(), Source.POPULARITY, NO_MODEL);
            }
        }

        record ShopNotFound(ShopId shop) implements Result, RecommendForProduct.Result {
        }
    }
}
