package com.cartwise.application.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.evaluation.EvaluationSettings;
import com.cartwise.domain.recommend.evaluation.Protocol;
import com.cartwise.domain.recommend.learning.Tunables;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluateBasketsTest {
    private static final Instant DAY_1 = Instant.parse("2024-01-01T00:00:00Z");

    private static Basket day(int day, long... ids) {
        return new Basket(DAY_1.plusSeconds(86_400L * (day - 1)), ids);
    }

    /** The ten orders of the domain's reference protocol test: cosine is chosen. */
    private static final Baskets TEN = Baskets.of(List.of(day(1, 10, 20), day(2, 10, 20), day(3, 10, 30), day(4, 10, 30),
            day(5, 10, 40), day(6, 20, 30), day(7, 20), day(8, 20), day(9, 10, 40), day(10, 20, 30)));

    @Test
    void evaluatesBasketsWithoutAServerAndPrintsTheTable() {
        EvaluateBaskets.Result result = new EvaluateBaskets(Tunables.DEFAULT).execute(
                new EvaluateBaskets.Command(TEN, EvaluationSettings.DEFAULT.withKs(List.of(2, 5))));

        assertEquals(Optional.of("cosine"), result.report().chosen());
        assertEquals(2, result.report().cases(Protocol.LAST_ITEM));
        String text = result.table(EvaluateBaskets.Format.TEXT);
        assertTrue(text.contains("last_item: 2 cases, 4 variants known"), text);
        assertTrue(text.contains("HR@5"), text);
        assertTrue(text.contains("* chosen: cosine"), text);
        String csv = result.table(EvaluateBaskets.Format.CSV);
        assertTrue(csv.startsWith("scorer,role,chosen,protocol,cases,measure,k,value"), csv);
        assertTrue(csv.contains("\"cosine\",reference,false,last_item,2,hit_rate,2,1.000000"), csv);
        assertTrue(csv.contains("\"cosine\",candidate,true,last_item,2,hit_rate,2,1.000000"), csv);
    }
}
