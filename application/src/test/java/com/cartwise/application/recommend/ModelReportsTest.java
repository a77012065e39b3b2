package com.cartwise.application.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.SkiShop;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.domain.recommend.evaluation.Role;
import com.cartwise.domain.recommend.serving.ModelReport;
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

        List<ModelReport> models = assertInstanceOf(ListModels.Result.Listed.class, cartwise.listModels.execute(SkiShop.ID)).models();

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
        assertEquals(new ListModels.Result.ShopNotFound(ShopId.of("nowhere")), cartwise.listModels.execute(ShopId.of("nowhere")));
    }
}
