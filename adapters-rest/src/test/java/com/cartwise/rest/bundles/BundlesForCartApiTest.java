package com.cartwise.rest.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.bundles.BundleRecommendation;
import com.cartwise.application.bundles.RecommendationQuery;
import com.cartwise.application.bundles.ReviewStatus;
import com.cartwise.application.bundles.review.ReviewBundle;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.Api.Response;
import com.cartwise.rest.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The REST twin of ListBundlesForCart, for POS extensions. */
@MicronautTest
class BundlesForCartApiTest extends ApiTest {

    @Test
    void aCartItemInALiveBundleGetsItWithWhatToAdd() throws Exception {
        givenSkiShopWithHistory("pos-shop");
        ShopId shop = ShopId.of("pos-shop");
        assertEquals(202, api.post("/api/v1/shops/pos-shop/bundle-generations", "{\"ai_copy\": false, \"types\": [\"fbt\"],"
                + " \"objectives\": [\"increase_aov\"]}").status());
        for (int i = 0; i < 400 && cartwise.jobs.activeWriter(shop).isPresent(); i++) {
            Thread.sleep(25);
        }
        for (BundleRecommendation r : cartwise.recommendations.list(RecommendationQuery.all(shop, 100))) {
            if (r.candidate().type() == BundleType.FBT) {
                cartwise.reviewBundle.execute(new ReviewBundle.Command(shop, r.key(), ReviewStatus.APPROVED, Optional.empty()));
                cartwise.activateBundle.execute(shop, r.key());
            }
        }

        Response answer = api.post("/api/v1/shops/pos-shop/bundles-for-cart", "{\"items\": [{\"sku\": \"POLE-120\"}], \"limit\": 5}");

        assertEquals(200, answer.status(), answer.body().text());
        assertTrue(answer.body().size("bundles") >= 1);
        assertEquals("WAX", answer.body().text("bundles[0].items[0].variant.sku"));
        assertEquals(false, answer.body().node("bundles[0].items[0].in_cart").getBooleanValue());
        assertEquals("POLE-120", answer.body().text("bundles[0].items[1].variant.sku"));
        assertEquals(true, answer.body().node("bundles[0].items[1].in_cart").getBooleanValue());
        assertEquals("52.50", answer.body().text("bundles[0].list_price.amount"));
        assertTrue(answer.body().text("recommendation_id").matches("[0-9a-f]{32}"), answer.body().text("recommendation_id"));
        assertEquals(0, api.post("/api/v1/shops/pos-shop/bundles-for-cart", "{\"items\": [{\"sku\": \"NOPE\"}]}").body().size("bundles"));
        assertEquals("items[0]", api.post("/api/v1/shops/pos-shop/bundles-for-cart", "{\"items\": [{}]}").body().text("field"));
        assertEquals(404, api.post("/api/v1/shops/no-such-shop/bundles-for-cart", "{\"items\": [{\"sku\": \"WAX\"}]}").status());
    }
}
