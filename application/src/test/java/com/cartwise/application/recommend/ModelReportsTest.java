package com.cartwise.application.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.SkiShop;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.domain.recommend.evaluation.Role;
import com.cartwise.domain.recommend.serving.ModelReport;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelReportsTest {

    @Test
    void listsAShopsModelsNewestFirstEachWithItsEvaluation() {
        InMemoryCartwise cartwise = SkiShop.imported();
        cartwise.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.of("lift")));
        cartwise.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.empty()));

        List<ModelReport> models = assertInstanceOf(ListModels.Result.Listed.class, cartwise.listModels.execute(firstPage(SkiShop.ID, 20))).models();

        assertEquals(List.of(2L, 1L), models.stream().map(ModelReport::version).toList());
        assertEquals(List.of("co_occurrence", "lift"), models.stream().map(ModelReport::metric).toList());
        assertEquals(7, models.getFirst().orders());
        assertTrue(models.getFirst().sizeBytes() > 0);
        assertEquals(4, models.getFirst().evaluation().withRole(Role.REFERENCE).size());
    }

    @Test
    void describesOneVersionAndSaysWhenThereIsNone() {
        InMemoryCartwise cartwise = SkiShop.imported();
        cartwise.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.of("lift")));

        ModelReport one = assertInstanceOf(DescribeModel.Result.Described.class, cartwise.describeModel.execute(SkiShop.ID, 1)).model();

        assertEquals("lift", one.metric());
        assertEquals(SkiShop.NOW, one.trainedAt());
        assertEquals(new DescribeModel.Result.ModelNotFound(SkiShop.ID, 2), cartwise.describeModel.execute(SkiShop.ID, 2));
        assertEquals(new DescribeModel.Result.ShopNotFound(ShopId.of("nowhere")), cartwise.describeModel.execute(ShopId.of("nowhere"), 1));
        assertEquals(new ListModels.Result.ShopNotFound(ShopId.of("nowhere")), cartwise.listModels.execute(firstPage(ShopId.of("nowhere"), 20)));
    }

    @Test
    void pagesOfModelsFollowEachOtherNewestFirstAndABadPageIsRefusedNamingIt() {
        InMemoryCartwise cartwise = SkiShop.imported();
        for (int i = 0; i < 3; i++) {
            cartwise.trainRecommender.execute(new TrainRecommender.Command(SkiShop.ID, Optional.empty()));
        }

        List<ModelReport> first = assertInstanceOf(ListModels.Result.Listed.class, cartwise.listModels.execute(firstPage(SkiShop.ID, 2)))
                .models();
        ListModels.After after = ListModels.After.parse(ListModels.After.of(first.getLast()).text());
        List<ModelReport> second = assertInstanceOf(ListModels.Result.Listed.class,
                cartwise.listModels.execute(new ListModels.Query(SkiShop.ID, 2, Optional.of(after)))).models();

        assertEquals(List.of(3L, 2L), first.stream().map(ModelReport::version).toList());
        assertEquals(List.of(1L), second.stream().map(ModelReport::version).toList());
        assertEquals("limit", assertThrows(InvalidInputException.class, () -> firstPage(SkiShop.ID, 0)).field());
        assertEquals("limit", assertThrows(InvalidInputException.class, () -> firstPage(SkiShop.ID, ListModels.MAX_LIMIT + 1)).field());
        assertEquals("cursor", assertThrows(InvalidInputException.class, () -> ListModels.After.parse("not-a-cursor")).field());
    }

    private static ListModels.Query firstPage(ShopId shop, int limit) {
        return new ListModels.Query(shop, limit, Optional.empty());
    }
}
