package com.cartwise.rest.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.rest.Api.Response;
import com.cartwise.rest.ApiTest;
import com.cartwise.rest.Json;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/**
 * The A/B holdout over HTTP: the operator sets holdout.share and holdout.control through the admin
 * API, the next answers are split by session_id and say their arm. The ski shop is
 * ApiTest#givenSkiShopRankingByCosine's.
 */
@MicronautTest
class HoldoutApiTest extends ApiTest {

    private static String flag(String shop, String name) {
        return "/api/v1/admin/shops/" + shop + "/flags/" + name;
    }

    private Json ask(String shop, String session) {
        Response answer = api.post(RecommendationsApiTest.recommendations(shop), """
                {"items": [{"sku": "WAX"}], "limit": 3, "session_id": "%s"}""".formatted(session));
        assertEquals(200, answer.status(), answer.body().toString());
        return answer.body();
    }

    @Test
    void theControlArmAnswersBestSellersAndTheFlagsApplyFromTheNextAnswer() {
        givenSkiShopRankingByCosine("ab-shop");
        assertEquals("none", ask("ab-shop", "visit-1").text("arm"), "no holdout yet");

        assertEquals(200, api.put(flag("ab-shop", "holdout.share"), "{\"value\": 1}", "ops").status());
        Json control = ask("ab-shop", "visit-1");

        assertEquals("control", control.text("arm"));
        assertEquals("popularity", control.text("source"));
        assertEquals(RecommendForCart.CONTROL_POPULARITY, control.text("reason"));
        assertEquals(3, control.size("recommendations"));
        assertTrue(control.text("recommendation_id").startsWith("2"), control.text("recommendation_id"));

        assertEquals(200, api.put(flag("ab-shop", "holdout.control"), "{\"value\": \"none\"}", "ops").status());
        Json nothing = ask("ab-shop", "visit-1");
        assertEquals("control", nothing.text("arm"));
        assertEquals(0, nothing.size("recommendations"));
        assertEquals(RecommendForCart.CONTROL_NONE, nothing.text("reason"));

        assertEquals(200, api.delete(flag("ab-shop", "holdout.share"), "ops").status());
        Json after = ask("ab-shop", "visit-1");
        assertEquals("none", after.text("arm"));
        assertEquals("co_purchase", after.text("source"));
    }

    @Test
    void sessionsSplitBetweenTheArmsAndEachKeepsItsArm() {
        givenSkiShopRankingByCosine("split-shop");
        assertEquals(200, api.put(flag("split-shop", "holdout.share"), "{\"value\": 0.5}", "ops").status());

        int control = 0;
        for (int i = 0; i < 100; i++) {
            String arm = ask("split-shop", "visit-" + i).text("arm");
            assertEquals(arm, ask("split-shop", "visit-" + i).text("arm"));
            assertTrue(arm.equals("control") || arm.equals("treatment"), arm);
            control += arm.equals("control") ? 1 : 0;
        }
        // 100 sessions at one half: standard deviation 5; 4 of them is 20
        assertEquals(50, control, 20);
    }

    @Test
    void aProductPageTakesASessionIdAndSaysItsArm() {
        givenSkiShopRankingByCosine("page-shop");
        assertEquals(200, api.put(flag("page-shop", "holdout.share"), "{\"value\": 1}", "ops").status());

        Response answer = api.post(RecommendationsApiTest.recommendations("page-shop") + "/product", """
                {"sku": "WAX", "session_id": "visit-3"}""");

        assertEquals(200, answer.status());
        assertEquals("control", answer.body().text("arm"));
    }

    @Test
    void refusesABlankSessionIdAndAnUnknownControlArmNamingTheField() {
        givenSkiShopRankingByCosine("strict-shop");

        Response blank = api.post(RecommendationsApiTest.recommendations("strict-shop"), """
                {"items": [{"sku": "WAX"}], "session_id": " "}""");
        Response control = api.put(flag("strict-shop", "holdout.control"), "{\"value\": \"random\"}", "ops");
        Response share = api.put(flag("strict-shop", "holdout.share"), "{\"value\": 1.5}", "ops");

        assertInvalidInputNaming("session_id", blank);
        assertInvalidInputNaming("value", control);
        assertTrue(control.body().text("detail").contains("popularity or none"), control.body().text("detail"));
        assertInvalidInputNaming("value", share);
    }
}
