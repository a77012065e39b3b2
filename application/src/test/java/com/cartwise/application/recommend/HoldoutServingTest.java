package com.cartwise.application.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.SkiShop;
import com.cartwise.application.fakes.Flags;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.flags.FlagInput;
import com.cartwise.application.flags.admin.ChangeFlag;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.analytics.experiment.Arm;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.recommend.Recommendation;
import com.cartwise.domain.recommend.Source;
import com.cartwise.domain.recommend.serving.ProductReference;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The A/B holdout on the serving path: flags holdout.share and holdout.control send a stable
 * share of sessions (or carts) to a control arm, and every answer's id says its arm.
 */
class HoldoutServingTest {
    private static final VariantKey WAX = new VariantKey.BySku("WAX");

    private static InMemoryCartwise trained() {
        InMemoryCartwise cartwise = SkiShop.imported();
        cartwise.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.of("lift")));
        return cartwise;
    }

    private static RecommendForCart.Result.Recommended ask(InMemoryCartwise cartwise, Optional<String> session) {
        return assertInstanceOf(RecommendForCart.Result.Recommended.class,
                cartwise.recommendForCart.execute(new RecommendForCart.Command(SkiShop.ID, List.of(WAX), 3, session)));
    }

    private static void share(InMemoryCartwise cartwise, String share) {
        Flags.set(cartwise, Optional.of(SkiShop.ID), "holdout.share", new FlagInput.Number(new BigDecimal(share)));
    }

    private static List<String> names(RecommendForCart.Result.Recommended result) {
        return result.recommendations().stream().map(Recommendation::variant).map(v -> v.lineName()).toList();
    }

    @Test
    void withoutAHoldoutEveryAnswerIsInNoArm() {
        RecommendForCart.Result.Recommended result = ask(trained(), Optional.of("till-1"));

        assertEquals(Arm.NONE, result.arm());
        assertEquals('0', result.recommendationId().value().charAt(0));
        assertEquals(Source.CO_PURCHASE, result.source());
    }

    @Test
    void aSessionStaysInItsArmAndTheControlShareIsNearTheFlagsShare() {
        // 2000 sessions at 0.3: the binomial's standard deviation is sqrt(0.3 * 0.7 / 2000) = 0.0102; 4 of them is 0.041
        InMemoryCartwise cartwise = trained();
        share(cartwise, "0.3");
        int control = 0;
        for (int i = 0; i < 2000; i++) {
            Optional<String> session = Optional.of("till-7:visit-" + i);
            RecommendForCart.Result.Recommended first = ask(cartwise, session);
            assertEquals(first.arm(), ask(cartwise, session).arm(), "the same session, the same arm");
            if (first.arm() == Arm.CONTROL) {
                control++;
                assertEquals(List.of("Goggles", "Ski Gloves - M", "Boot Bag"), names(first), "best sellers other than the cart's");
                assertEquals(Source.POPULARITY, first.source());
                assertEquals(RecommendForCart.CONTROL_POPULARITY, first.reason());
            } else {
                assertEquals(Arm.TREATMENT, first.arm());
                assertEquals(Source.CO_PURCHASE, first.source());
            }
        }
        assertEquals(0.3, control / 2000.0, 0.041);
    }

    @Test
    void aControlArmOfNoneAnswersNothingAndSaysWhy() {
        InMemoryCartwise cartwise = trained();
        share(cartwise, "1");
        Flags.set(cartwise, Optional.of(SkiShop.ID), "holdout.control", new FlagInput.Text("none"));

        RecommendForCart.Result.Recommended result = ask(cartwise, Optional.empty());

        assertEquals(Arm.CONTROL, result.arm());
        assertEquals(List.of(), result.recommendations());
        assertEquals(Source.POPULARITY, result.source());
        assertEquals(RecommendForCart.CONTROL_NONE, result.reason());
        assertEquals(Answers.ignoringId(Optional.of(result)), Answers.ignoringId(cartwise.recommendForCart.executeIfServed(
                new RecommendForCart.Command(SkiShop.ID, List.of(WAX), 3))), "the in-memory path answers the same");
    }

    @Test
    void aProductPageInTheControlArmGetsBestSellersOtherThanTheProduct() {
        InMemoryCartwise cartwise = trained();
        share(cartwise, "1");

        RecommendForCart.Result.Recommended result = assertInstanceOf(RecommendForCart.Result.Recommended.class,
                cartwise.recommendForProduct.execute(new RecommendForProduct.Command(SkiShop.ID, new ProductReference.OfVariant(WAX), 3,
                        Optional.of("page-1"))));

        assertEquals(Arm.CONTROL, result.arm());
        assertEquals(List.of("Goggles", "Ski Gloves - M", "Boot Bag"), names(result));
        assertEquals(RecommendForCart.CONTROL_POPULARITY, result.reason());
    }

    @Test
    void aFlagChangeAppliesFromTheNextAnswer() {
        InMemoryCartwise cartwise = trained();
        assertEquals(Arm.NONE, ask(cartwise, Optional.of("s")).arm());

        share(cartwise, "1");
        assertEquals(Arm.CONTROL, ask(cartwise, Optional.of("s")).arm());

        cartwise.changeFlag.execute(new ChangeFlag.Command(Optional.of(SkiShop.ID), "holdout.share", Optional.empty(), "test"));
        assertEquals(Arm.NONE, ask(cartwise, Optional.of("s")).arm());

        Flags.set(cartwise, Optional.empty(), "holdout.share", new FlagInput.Number(BigDecimal.ONE));
        assertEquals(Arm.CONTROL, ask(cartwise, Optional.of("s")).arm(), "the global value reaches the shop");
    }

    @Test
    void theKillSwitchSuspendsTheHoldout() {
        InMemoryCartwise cartwise = trained();
        share(cartwise, "1");
        Flags.set(cartwise, Optional.of(SkiShop.ID), "kill_switch", new FlagInput.Bool(true));

        RecommendForCart.Result.Recommended result = ask(cartwise, Optional.of("s"));

        assertEquals(Arm.NONE, result.arm());
        assertEquals(RecommendForCart.SWITCHED_OFF, result.reason());
    }

    @Test
    void refusesAShareOutsideZeroToOneAndAControlArmItDoesNotKnow() {
        InMemoryCartwise cartwise = trained();

        InvalidInputException share = assertThrows(InvalidInputException.class, () -> share(cartwise, "1.5"));
        InvalidInputException control = assertThrows(InvalidInputException.class, () -> Flags.set(cartwise, Optional.of(SkiShop.ID),
                "holdout.control", new FlagInput.Text("random")));

        assertEquals("value", share.field());
        assertTrue(share.problem().contains("[0, 1]"), share.problem());
        assertEquals("value", control.field());
        assertTrue(control.problem().startsWith("holdout.control: the control arm is popularity or none"), control.problem());
        assertEquals(Arm.NONE, ask(cartwise, Optional.of("s")).arm(), "nothing was set");
    }

    @Test
    void refusesABlankOrOverlongSessionId() {
        assertEquals("session_id", assertThrows(InvalidInputException.class,
                () -> new RecommendForCart.Command(SkiShop.ID, List.of(WAX), 3, Optional.of(" "))).field());
        assertEquals("session_id", assertThrows(InvalidInputException.class,
                () -> new RecommendForCart.Command(SkiShop.ID, List.of(WAX), 3, Optional.of("x".repeat(201)))).field());
    }
}
