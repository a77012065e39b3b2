package com.cartwise.application.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.cartwise.application.SkiShop;
import com.cartwise.application.fakes.Flags;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.flags.admin.ChangeFlag;
import com.cartwise.application.flags.FlagInput;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.recommend.Recommendation;
import com.cartwise.domain.recommend.Source;
import com.cartwise.domain.recommend.serving.ProductReference;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The operator's kill switch: the till gets best sellers, told why, until it is turned off; other shops are untouched. */
class KillSwitchServingTest {
    private static final VariantKey WAX = new VariantKey.BySku("WAX");

    private static InMemoryCartwise trained() {
        InMemoryCartwise cartwise = SkiShop.imported();
        cartwise.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.of("lift")));
        return cartwise;
    }

    private static RecommendForCart.Result.Recommended ask(InMemoryCartwise cartwise) {
        return assertInstanceOf(RecommendForCart.Result.Recommended.class,
                cartwise.recommendForCart.execute(new RecommendForCart.Command(SkiShop.ID, List.of(WAX), 3)));
    }

    private static List<String> names(RecommendForCart.Result.Recommended result) {
        return result.recommendations().stream().map(Recommendation::variant).map(v -> v.lineName()).toList();
    }

    @Test
    void aShopsKillSwitchAnswersBestSellersOtherThanTheCartsAndSaysWhy() {
        // best sellers: WAX 5 orders (in the cart), Goggles 3, Ski Gloves - M and Boot Bag 2 each (gloves imported first)
        InMemoryCartwise cartwise = trained();
        Flags.set(cartwise, Optional.of(SkiShop.ID), "kill_switch", new FlagInput.Bool(true));

        RecommendForCart.Result.Recommended result = ask(cartwise);

        assertEquals(List.of("Goggles", "Ski Gloves - M", "Boot Bag"), names(result));
        assertEquals(Source.POPULARITY, result.source());
        assertEquals(RecommendForCart.SWITCHED_OFF, result.reason());
        assertEquals(Answers.ignoringId(Optional.of(result)), Answers.ignoringId(cartwise.recommendForCart.executeIfServed(
                new RecommendForCart.Command(SkiShop.ID, List.of(WAX), 3))), "the in-memory path answers the same");
    }

    @Test
    void removingTheShopsValueBringsCoPurchasesBack() {
        InMemoryCartwise cartwise = trained();
        List<String> before = names(ask(cartwise));
        Flags.set(cartwise, Optional.of(SkiShop.ID), "kill_switch", new FlagInput.Bool(true));

        cartwise.changeFlag.execute(new ChangeFlag.Command(Optional.of(SkiShop.ID), "kill_switch", Optional.empty(), "test"));

        assertEquals(Source.CO_PURCHASE, ask(cartwise).source());
        assertEquals(before, names(ask(cartwise)));
    }

    @Test
    void theGlobalKillSwitchReachesEveryShopUnlessAShopIsExempted() {
        InMemoryCartwise cartwise = trained();
        Flags.set(cartwise, Optional.empty(), "kill_switch", new FlagInput.Bool(true));

        assertEquals(Source.POPULARITY, ask(cartwise).source());
        RecommendForCart.Result.Recommended product = assertInstanceOf(RecommendForCart.Result.Recommended.class,
                cartwise.recommendForProduct.execute(new RecommendForProduct.Command(SkiShop.ID,
                        new ProductReference.OfVariant(WAX), 3)));
        assertEquals(Source.POPULARITY, product.source());
        assertEquals(RecommendForCart.SWITCHED_OFF, product.reason());

        Flags.set(cartwise, Optional.of(SkiShop.ID), "kill_switch", new FlagInput.Bool(false));
        assertEquals(Source.CO_PURCHASE, ask(cartwise).source());
    }

    @Test
    void anUnknownShopIsStillNotFound() {
        InMemoryCartwise cartwise = trained();
        Flags.set(cartwise, Optional.empty(), "kill_switch", new FlagInput.Bool(true));

        assertEquals(new RecommendForCart.Result.ShopNotFound(ShopId.of("nope")), cartwise.recommendForCart.execute(
                new RecommendForCart.Command(ShopId.of("nope"), List.of(WAX), 3)));
    }
}
