package com.cartwise.application.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.application.SkiShop;
import com.cartwise.application.fakes.ForwardingModelStore;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.evaluation.EvaluationReport;
import com.cartwise.domain.recommend.learning.LearnedModel;
import com.cartwise.domain.recommend.serving.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpdateRecommenderTest {
    private static final Instant LATER = SkiShop.NOW.plusSeconds(3_600);

    private static long id(InMemoryCartwise cartwise, String sku) {
        return cartwise.catalog.all(SkiShop.ID).stream().filter(v -> v.sku().equals(sku)).mapToLong(Variant::id).findFirst().orElseThrow();
    }

    private static InMemoryCartwise trainedByCoOccurrence() {
        InMemoryCartwise cartwise = SkiShop.imported();
        cartwise.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.of("co_occurrence")));
        return cartwise;
    }

    private static Baskets threeOrdersOfBeanieAndBootBag(InMemoryCartwise cartwise) {
        long beanie = id(cartwise, "BEA");
        long bag = id(cartwise, "BAG");
        return Baskets.builder().add(LATER, new long[] {beanie, bag}).add(LATER, new long[] {beanie, bag})
                .add(LATER.plusSeconds(60), new long[] {bag, beanie}).build();
    }

    private static List<String> recommendedWithBeanie(InMemoryCartwise cartwise) {
        RecommendForCart.Result result = cartwise.recommendForCart.execute(
                new RecommendForCart.Command(SkiShop.ID, List.of(new VariantKey.BySku("BEA")), 1));
        return assertInstanceOf(RecommendForCart.Result.Recommended.class, result).recommendations().stream()
                .map(r -> r.variant().lineName()).toList();
    }

    @Test
    void theNextAnswerCountsTheNewOrders() {
        // before: Beanie was only ever bought with Ski Wax (#1004); then three new orders pair it with Boot Bag
        InMemoryCartwise cartwise = trainedByCoOccurrence();
        assertEquals(List.of("Ski Wax"), recommendedWithBeanie(cartwise));

        UpdateRecommender.Result result = cartwise.updateRecommender.execute(
                new UpdateRecommender.Command(SkiShop.ID, threeOrdersOfBeanieAndBootBag(cartwise)));

        // co(BEA, BAG) = 3 now beats co(BEA, WAX) = 1, at once, on the very next request
        assertEquals(List.of("Boot Bag"), recommendedWithBeanie(cartwise));
        UpdateRecommender.Result.Updated updated = assertInstanceOf(UpdateRecommender.Result.Updated.class, result);
        assertEquals(3, updated.ordersAdded());
        TrainedModel model = updated.model();
        assertEquals(2, model.version());
        assertEquals(Optional.of(1L), model.updateOf());
        assertEquals(10, model.orders());
        assertEquals("co_occurrence", model.metric());
        assertEquals(model, cartwise.modelStore.latest(SkiShop.ID).orElseThrow());
    }

    @Test
    void anUpdateBasedOnAVersionSupersededOnAnotherReplicaStartsAgainFromTheNewest() {
        // replica "other" serves version 1; meanwhile this replica's update stores version 2
        InMemoryCartwise cartwise = trainedByCoOccurrence();
        ServingModels otherServing = new ServingModels(cartwise.modelStore, cartwise.catalog);
        otherServing.current(SkiShop.ID);
        UpdateRecommender other = new UpdateRecommender(otherServing, cartwise.modelStore, SkiShop.CLOCK);
        cartwise.updateRecommender.execute(new UpdateRecommender.Command(SkiShop.ID, threeOrdersOfBeanieAndBootBag(cartwise)));

        UpdateRecommender.Result.Updated updated = assertInstanceOf(UpdateRecommender.Result.Updated.class,
                other.execute(new UpdateRecommender.Command(SkiShop.ID, threeOrdersOfBeanieAndBootBag(cartwise))));

        // both updates counted: 7 + 3 + 3 orders, co(BEA, BAG) = 6
        assertEquals(3, updated.model().version());
        assertEquals(Optional.of(2L), updated.model().updateOf());
        assertEquals(13, updated.model().orders());
    }

    @Test
    void theUpdateIsAnsweredFromWhileItIsStillBeingStored() {
        InMemoryCartwise cartwise = trainedByCoOccurrence();
        List<List<String>> answeredWhileStoring = new ArrayList<>();
        List<Long> servedWhileStoring = new ArrayList<>();
        UpdateRecommender update = new UpdateRecommender(cartwise.servingModels, new ForwardingModelStore(cartwise.modelStore) {
            @Override
            public TrainedModel save(ShopId shop, Instant trainedAt, LearnedModel model, EvaluationReport evaluation,
                                     Optional<Long> updateOf) {
                answeredWhileStoring.add(recommendedWithBeanie(cartwise));
                servedWhileStoring.add(cartwise.servingModels.current(shop).orElseThrow().version());
                return super.save(shop, trainedAt, model, evaluation, updateOf);
            }
        }, SkiShop.CLOCK);

        UpdateRecommender.Result.Updated updated = assertInstanceOf(UpdateRecommender.Result.Updated.class,
                update.execute(new UpdateRecommender.Command(SkiShop.ID, threeOrdersOfBeanieAndBootBag(cartwise))));

        assertEquals(List.of(List.of("Boot Bag")), answeredWhileStoring);
        assertEquals(List.of(2L), servedWhileStoring);
        // what is served is what was stored, to the microsecond
        assertEquals(updated.model(), cartwise.servingModels.current(SkiShop.ID).orElseThrow().model());
        assertEquals(updated.model(), cartwise.modelStore.latest(SkiShop.ID).orElseThrow());
    }

    @Test
    void anUpdateTheStoreFailsToKeepIsServedNoLonger() {
        InMemoryCartwise cartwise = trainedByCoOccurrence();
        UpdateRecommender update = new UpdateRecommender(cartwise.servingModels, new ForwardingModelStore(cartwise.modelStore) {
            @Override
            public TrainedModel save(ShopId shop, Instant trainedAt, LearnedModel model, EvaluationReport evaluation,
                                     Optional<Long> updateOf) {
                throw new IllegalStateException("the database went away");
            }
        }, SkiShop.CLOCK);

        assertThrows(IllegalStateException.class,
                () -> update.execute(new UpdateRecommender.Command(SkiShop.ID, threeOrdersOfBeanieAndBootBag(cartwise))));

        // the stored version 1 again, as every replica and a restart would serve it
        assertEquals(1, cartwise.servingModels.current(SkiShop.ID).orElseThrow().version());
        assertEquals(List.of("Ski Wax"), recommendedWithBeanie(cartwise));
    }

    @Test
    void aShopWithoutAModelHasNothingToUpdate() {
        InMemoryCartwise cartwise = SkiShop.imported();

        assertEquals(new UpdateRecommender.Result.NoModel(SkiShop.ID), cartwise.updateRecommender.execute(
                new UpdateRecommender.Command(SkiShop.ID, threeOrdersOfBeanieAndBootBag(cartwise))));
        assertEquals(new UpdateRecommender.Result.NoModel(ShopId.of("nowhere")), cartwise.updateRecommender.execute(
                new UpdateRecommender.Command(ShopId.of("nowhere"), threeOrdersOfBeanieAndBootBag(cartwise))));
    }

    @Test
    void noNewOrdersStoreNothing() {
        InMemoryCartwise cartwise = trainedByCoOccurrence();

        assertEquals(new UpdateRecommender.Result.NothingToAdd(SkiShop.ID),
                cartwise.updateRecommender.execute(new UpdateRecommender.Command(SkiShop.ID, Baskets.empty())));
        assertEquals(1, cartwise.modelStore.latestVersion(SkiShop.ID));
    }
}
